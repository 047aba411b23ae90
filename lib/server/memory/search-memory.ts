import 'server-only';
// Searching the translation memory by a word of the English or of the translation, ignoring case
// in every script (lib/search-text.ts).
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { searchFold } from '../../search-text';
import { getDb } from '../db';
import { loadApprovedPairs, type ApprovedPair } from './load-approved-pairs';

export async function searchMemory({ lang, query }: { lang: string; query: string; actor: Actor }): Promise<ApprovedPair[]> {
  const words = query.trim();
  if (words.length < 2) throw new AppError('invalid_input', { message: 'Search for at least two characters.' });
  if (words.length > 100) throw new AppError('invalid_input', { message: 'Search for at most 100 characters.' });
  const pairs = await loadApprovedPairs(getDb(), { lang, contains: searchFold(words) });
  return pairs.slice(0, 50);
}
