// The browser's calls to the glossary's file endpoints: the export's address, and the import,
// whose preview is a dry run of the same call.
import type { GlossaryFormat, GlossaryImportReport } from '../api/glossary';
import { callApi, type ApiResult } from './api-call';

export function glossaryExportUrl(lang: string, format: GlossaryFormat): string {
  return `/api/glossary/export?lang=${encodeURIComponent(lang)}&format=${format}`;
}

export function sendGlossaryImport(lang: string, format: GlossaryFormat, file: Blob, { dryRun }: { dryRun: boolean }): Promise<ApiResult<GlossaryImportReport>> {
  const url = `/api/glossary/import?lang=${encodeURIComponent(lang)}&format=${format}${dryRun ? '&dryRun=1' : ''}`;
  return callApi<GlossaryImportReport>(url, { method: 'POST', headers: { 'content-type': format === 'csv' ? 'text/csv' : 'application/x-tbx' }, body: file });
}
