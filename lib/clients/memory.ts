// The browser's call for translation-memory suggestions.
import { callApi, type ApiResult } from './api-call';

export type SuggestionJson = {
  score: number;
  source: string;
  target: string;
  versionId: string;
  document: { slug: string; title: string };
};

export function fetchSuggestions(paragraphId: string, lang: string): Promise<ApiResult<{ source: string; suggestions: SuggestionJson[] }>> {
  return callApi(`/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/suggestions`);
}
