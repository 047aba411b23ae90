// The browser's call for translation-memory suggestions.
export type SuggestionJson = {
  score: number;
  source: string;
  target: string;
  versionId: string;
  document: { slug: string; title: string };
};

export async function fetchSuggestions(paragraphId: string, lang: string): Promise<{ source: string; suggestions: SuggestionJson[] }> {
  const response = await fetch(`/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/suggestions`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Loading suggestions failed (HTTP ${response.status}).`);
  return response.json();
}
