import 'server-only';
// Translation-memory suggestions for a paragraph: approved translations into the same language,
// from any document, whose English resembles this paragraph's English, best match first. The
// database's index of the English picks a few hundred candidates, and the word-level score of
// lib/translation-memory.ts ranks them, as it would rank every pair (suggest-from-index.ts), off
// the event loop (memory-thread.ts).
import type { MemorySuggestion } from '../../api/memory';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findParagraphLanguage } from '../translations/find-paragraph-language';
import { suggestFromIndex } from './suggest-from-index';

export type { MemorySuggestion };

/** Suggestions score at least this (0 to 100). */
export const MEMORY_MIN_SCORE = 50;

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
  const suggestions = await suggestFromIndex(db, { english: currentSource.text, lang, excludeParagraphId: paragraphId, min: MEMORY_MIN_SCORE, limit });
  return { source: currentSource.text, suggestions };
}
