// The browser's call for a paragraph's machine translation suggestion.
import type { MachineSuggestion } from '../api/machine';
import { callApi, type ApiResult } from './api-call';

export type MachineSuggestionJson = MachineSuggestion;

export function fetchMachineSuggestion(paragraphId: string, lang: string): Promise<ApiResult<MachineSuggestionJson>> {
  return callApi(`/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/machine`);
}
