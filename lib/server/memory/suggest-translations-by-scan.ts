import 'server-only';
// The translation memory as it was before its index: every approved pair of the language (up to
// loadApprovedPairs' window) and every imported unit scored in JavaScript. Seconds of CPU at a few thousand pairs, so no
// route uses it; the benchmark and the tests compare the indexed suggestions with it.
import { rankSuggestions } from '../../translation-memory';
import { getDb } from '../db';
import { findParagraphLanguage } from '../translations/find-paragraph-language';
import { loadImportedUnits, mergeMemoryPairs } from './imported-pairs';
import { loadApprovedPairs } from './load-approved-pairs';
import { MEMORY_MIN_SCORE, type MemorySuggestion } from './suggest-translations';

export async function suggestTranslationsByScan({
  paragraphId,
  lang,
  limit = 3,
  window,
}: {
  paragraphId: string;
  lang: string;
  limit?: number;
  /** How many recent approvals to score (loadApprovedPairs' window by default). */
  window?: number | null;
}): Promise<{ source: string; suggestions: MemorySuggestion[] }> {
  const db = getDb();
  const { currentSource } = await findParagraphLanguage(db, paragraphId, lang);
  const pairs = mergeMemoryPairs(await loadApprovedPairs(db, { lang, excludeParagraphId: paragraphId, window }), await loadImportedUnits(db, { lang, window }));
  return { source: currentSource.text, suggestions: rankSuggestions(currentSource.text, pairs, { min: MEMORY_MIN_SCORE, limit }) };
}
