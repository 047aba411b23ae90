// The browser's calls for translation-memory suggestions and TMX imports.
import type { MemorySuggestion, TmxImportReport } from '../api/memory';
import { callApi, type ApiResult } from './api-call';

/** One suggestion as the API documents it (lib/api/memory.ts). */
export type SuggestionJson = MemorySuggestion;

export function fetchSuggestions(paragraphId: string, lang: string): Promise<ApiResult<{ source: string; suggestions: SuggestionJson[] }>> {
  return callApi(`/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/suggestions`);
}

/** A TMX file into the memory; the preview is a dry run of the same call. The file's name goes along as its origin. */
export function sendTmxImport(file: File, { dryRun }: { dryRun: boolean }): Promise<ApiResult<TmxImportReport>> {
  const url = `/api/memory/import?format=tmx&name=${encodeURIComponent(file.name)}${dryRun ? '&dryRun=1' : ''}`;
  return callApi<TmxImportReport>(url, { method: 'POST', headers: { 'content-type': 'application/x-tmx+xml' }, body: file });
}
