import 'server-only';
// A save that calls itself a revert must restore an older version of the same paragraph and
// language, word for word: History then labels it "Revert to version N", and that label is true.
import { AppError } from '../../app-error';
import { getDb } from '../db';

export async function requireRevertTarget({ paragraphId, lang, revertOfVersionId, text }: { paragraphId: string; lang: string; revertOfVersionId: string; text: string }) {
  const target = await getDb().translationVersion.findFirst({
    where: { id: revertOfVersionId, paragraphId, languageCode: lang },
    select: { number: true, text: true },
  });
  if (!target) {
    throw new AppError('invalid_input', { message: `revertOfVersionId ${revertOfVersionId} is not a version of this paragraph in this language.` });
  }
  if (target.text !== text) {
    throw new AppError('invalid_input', { message: `A revert saves the text of version ${target.number} unchanged; this text differs from it.` });
  }
}
