import 'server-only';
// A machine translation suggestion for a paragraph: asked of the provider once per English
// (source version) and language, then read from the database. Only those who translate the
// language ask (it costs the newsroom quota). With no provider configured the feature is off:
// a 404 that says so. A failure of the provider is an AppError with a one-line message; it
// never touches the paragraph's versions, so editing goes on.
import type { MachineSuggestion } from '../../api/machine';
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { requireTranslator } from '../access';
import { getDb } from '../db';
import { findParagraphLanguage, requireInArticle } from '../translations/find-paragraph-language';
import { machineProvider } from './machine-provider';
import type { MachineTranslationProvider } from './provider';
import { isUniqueViolation } from '../unique-violation';

export async function getMachineTranslation({
  paragraphId,
  lang,
  actor,
  provider = machineProvider(),
}: {
  paragraphId: string;
  lang: string;
  actor: Actor;
  /** The configured one; a test may pass its own (a real client against a local server). */
  provider?: MachineTranslationProvider | null;
}): Promise<MachineSuggestion> {
  if (!provider) {
    throw new AppError('not_found', { message: 'Machine translation is not configured (no DEEPL_AUTH_KEY).' });
  }
  const db = getDb();
  const { paragraph, currentSource } = await findParagraphLanguage(db, paragraphId, lang);
  requireTranslator(actor, lang);
  requireInArticle(paragraph);
  const key = { sourceVersionId: currentSource.id, languageCode: lang, provider: provider.name };
  const select = { id: true, provider: true, text: true } as const;
  const cached = await db.machineTranslation.findUnique({ where: { sourceVersionId_languageCode_provider: key }, select });
  if (cached) return cached;

  const document = await db.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { document: { select: { sourceLang: true } } } });
  const sourceLang = document.document.sourceLang;
  const glossary = await db.glossaryTerm.findMany({
    where: { sourceLang, targetLang: lang },
    select: { source: true, target: true, doNotTranslate: true },
  });
  const text = await provider.translate({ text: currentSource.text, sourceLang, targetLang: lang, glossary });
  try {
    return await db.machineTranslation.create({ data: { ...key, text }, select });
  } catch (error) {
    // Two people asked at once: the first answer stored is the suggestion.
    if (!isUniqueViolation(error)) throw error;
    return db.machineTranslation.findUniqueOrThrow({ where: { sourceVersionId_languageCode_provider: key }, select });
  }
}
