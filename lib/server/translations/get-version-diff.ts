import 'server-only';
// The word diff between two versions of the same paragraph: two translation versions in one
// language, or two source versions. Anyone signed in may read it.
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { wordDiff } from '../../word-diff';
import { getDb } from '../db';

type Side = { paragraphId: string; lang: string; text: string };

export async function getVersionDiff({ from, to }: { from: string; to: string; actor: Actor }) {
  const [before, after] = await Promise.all([findVersion(from), findVersion(to)]);
  if (before.paragraphId !== after.paragraphId || before.lang !== after.lang) {
    throw new AppError('invalid_input', {
      message: 'Both versions must belong to the same paragraph and language.',
    });
  }
  return wordDiff(before.text, after.text, after.lang);
}

async function findVersion(id: string): Promise<Side> {
  const db = getDb();
  const translation = await db.translationVersion.findUnique({
    where: { id },
    select: { paragraphId: true, languageCode: true, text: true },
  });
  if (translation) return { paragraphId: translation.paragraphId, lang: translation.languageCode, text: translation.text };
  const source = await db.sourceVersion.findUnique({
    where: { id },
    select: { paragraphId: true, text: true, paragraph: { select: { document: { select: { sourceLang: true } } } } },
  });
  if (source) return { paragraphId: source.paragraphId, lang: source.paragraph.document.sourceLang, text: source.text };
  throw new AppError('not_found', { message: `There is no version ${id}.` });
}
