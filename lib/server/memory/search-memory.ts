import 'server-only';
// Searching the translation memory (approved translations, then units imported from TMX files)
// by a word of the English or of the translation, ignoring case in every script (lib/search-text.ts).
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { searchFold } from '../../search-text';
import { getDb } from '../db';
import { mergeMemoryPairs } from '../../memory-pairs';
import { loadImportedUnits } from './imported-pairs';
import { loadApprovedPairs, type ApprovedPair } from './load-approved-pairs';

export async function searchMemory({ lang, query }: { lang: string; query: string; actor: Actor }): Promise<ApprovedPair[]> {
  const words = query.trim();
  if (words.length < 2) throw new AppError('invalid_input', { message: 'Search for at least two characters.' });
  if (words.length > 100) throw new AppError('invalid_input', { message: 'Search for at most 100 characters.' });
  const db = getDb();
  const contains = searchFold(words);
  const pairs = mergeMemoryPairs(await loadApprovedPairs(db, { lang, contains }), await loadImportedUnits(db, { lang, contains }));
  return pairs.slice(0, 50);
}
