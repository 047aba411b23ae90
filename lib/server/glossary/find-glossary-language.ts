import 'server-only';
// The target language of a glossary: a language Redline knows, and not English (the source).
import { AppError } from '../../app-error';
import type { Db, Tx } from '../db';

export async function findGlossaryLanguage(db: Db | Tx, lang: string, unknown: 'not_found' | 'invalid_input') {
  const language = await db.language.findFirst({ where: { code: { in: [lang, lang.toLowerCase()] } }, select: { code: true, englishName: true } });
  if (!language) throw new AppError(unknown, { message: `There is no language "${lang}".` });
  if (language.code === 'en') throw new AppError('invalid_input', { message: 'The glossary goes from English to another language: ?lang= names that language, not English.' });
  return language;
}
