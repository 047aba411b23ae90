import 'server-only';
// Translation-memory suggestions for a paragraph: approved translations into the same language,
// from any document, whose English resembles this paragraph's English, best match first. The
// database's index of the English picks a few hundred candidates (find-memory-candidates.ts);
// the word-level score of lib/translation-memory.ts ranks them, as it would rank every pair. Both
// run on the memory's own thread (memory-thread.ts).
import type { MemorySuggestion } from '../../api/memory';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findParagraphLanguage } from '../translations/find-paragraph-language';
import { findMemoryCandidates } from './find-memory-candidates';
import { rankOnMemoryThread } from './memory-thread';

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
  const candidates = await findMemoryCandidates(db, { english: currentSource.text, lang, excludeParagraphId: paragraphId });
  return { source: currentSource.text, suggestions: await rankOnMemoryThread(currentSource.text, candidates, { min: MEMORY_MIN_SCORE, limit }) };
}
