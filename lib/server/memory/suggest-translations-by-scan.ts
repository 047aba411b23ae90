import 'server-only';
// The translation memory as it was before its index: the language's approved pairs and imported
// units (up to their loaders' windows) scored in JavaScript. Seconds of CPU at a few thousand
// pairs, so no route uses it; the tests compare the indexed suggestions with it.
import { rankSuggestions } from '../../translation-memory';
import { getDb } from '../db';
import { findParagraphLanguage } from '../translations/find-paragraph-language';
import { mergeMemoryPairs } from '../../memory-pairs';
import { loadImportedUnits } from './imported-pairs';
import { loadApprovedPairs } from './load-approved-pairs';
import { MEMORY_MIN_SCORE, type MemorySuggestion } from './suggest-translations';

export async function suggestTranslationsByScan({
  paragraphId,
  lang,
  limit = 3,
}: {
  paragraphId: string;
  lang: string;
  limit?: number;
}): Promise<{ source: string; suggestions: MemorySuggestion[] }> {
  const db = getDb();
  const { currentSource } = await findParagraphLanguage(db, paragraphId, lang);
  const pairs = mergeMemoryPairs(await loadApprovedPairs(db, { lang, excludeParagraphId: paragraphId }), await loadImportedUnits(db, { lang }));
  return { source: currentSource.text, suggestions: rankSuggestions(currentSource.text, pairs, { min: MEMORY_MIN_SCORE, limit }) };
}
