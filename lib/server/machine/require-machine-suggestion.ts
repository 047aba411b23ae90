import 'server-only';
// A save that says it started from a machine suggestion must name one made for this paragraph
// (any of its English versions) and language: History then says "from machine translation
// (DeepL)", and that is true. Recording it approves nothing.
import { AppError } from '../../app-error';
import { getDb } from '../db';

export async function requireMachineSuggestion({ paragraphId, lang, machineTranslationId }: { paragraphId: string; lang: string; machineTranslationId: string }) {
  const suggestion = await getDb().machineTranslation.findFirst({
    where: { id: machineTranslationId, languageCode: lang, sourceVersion: { paragraphId } },
    select: { id: true, provider: true },
  });
  if (!suggestion) {
    throw new AppError('invalid_input', { message: `machineTranslationId ${machineTranslationId} is not a machine translation of this paragraph into this language.` });
  }
  return suggestion;
}
