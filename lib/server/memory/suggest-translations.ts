import 'server-only';
// Translation-memory suggestions for a paragraph: approved translations into the same language,
// from any document, whose English resembles this paragraph's English, best match first.
import type { MemorySuggestion } from '../../api/memory';
import type { Actor } from '../../roles';
import { rankSuggestions } from '../../translation-memory';
import { getDb } from '../db';
import { findParagraphLanguage } from '../translations/find-paragraph-language';
import { loadApprovedPairs } from './load-approved-pairs';

export type { MemorySuggestion };

export async function suggestTranslations({
  paragraphId,
  lang,
  limit = 3,
}: {
  paragraphId: string;
  lang: string;
  limit?: number;
  actor: Actor;
}): Promise<{ source: string; suggestions: MemorySuggestion[] }> {
  const db = getDb();
  const { currentSource } = await findParagraphLanguage(db, paragraphId, lang);
  const pairs = await loadApprovedPairs(db, { lang, excludeParagraphId: paragraphId });
  return { source: currentSource.text, suggestions: rankSuggestions(currentSource.text, pairs, { min: 50, limit }) };
}
