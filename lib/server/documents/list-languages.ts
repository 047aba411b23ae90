import 'server-only';
// Every language Redline knows, by English name. Anyone signed in may list them.
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { toLanguageInfo, type LanguageInfo } from './find-document-language';

export async function listLanguages({ actor: _actor }: { actor: Actor }): Promise<LanguageInfo[]> {
  const rows = await getDb().language.findMany({ orderBy: { englishName: 'asc' } });
  return rows.map(toLanguageInfo);
}
