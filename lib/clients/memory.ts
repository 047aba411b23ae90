// The browser's call for translation-memory suggestions.
import type { MemorySuggestion } from '../api/memory';
import { callApi, type ApiResult } from './api-call';

/** One suggestion as the API documents it (lib/api/memory.ts). */
export type SuggestionJson = MemorySuggestion;

export function fetchSuggestions(paragraphId: string, lang: string): Promise<ApiResult<{ source: string; suggestions: SuggestionJson[] }>> {
  return callApi(`/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/suggestions`);
}
