import 'server-only';
// Saves a translation as a new version. Every save names the version it started from; when that
// is no longer the current version, someone else saved in between and the save is refused with
// a conflict naming their version. The unique (paragraph, language, number) index decides races:
// of two saves from the same base, only one can become number n + 1.
import { AppError } from '../../app-error';
import { normalizeParagraphText } from '../../translation-text';
import type { Actor } from '../../roles';
import { requireTranslator } from '../access';
import { getDb } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { TranslationVersionJson } from '../../api-types';
import { announceChange } from '../live/announce-change';
import { checkParagraphText } from '../qa/check-saved-text';
import { findParagraphLanguage } from './find-paragraph-language';
import { versionJson, versionSelect } from './translation-version-json';

export type SaveTranslationInput = {
  paragraphId: string;
  lang: string;
  text: string;
  /** The version the translator started from; null when the paragraph was untranslated. */
  baseVersionId: string | null;
  /** Saving an empty text is allowed only as a deliberate "clear". */
  clear?: boolean;
  actor: Actor;
};

export async function saveTranslationVersion({ paragraphId, lang, text, baseVersionId, clear = false, actor }: SaveTranslationInput) {
  const db = getDb();
  const normalized = normalizeParagraphText(text);
  if (normalized.trim() === '' && !clear) {
    throw new AppError('invalid_input', {
      message: 'The text is empty. To clear a translation on purpose, send "clear": true.',
    });
  }
  if (clear && normalized.trim() !== '') {
    throw new AppError('invalid_input', { message: '"clear": true saves an empty text; the text must be empty.' });
  }
  const { paragraph, currentSource } = await findParagraphLanguage(db, paragraphId, lang);
  requireTranslator(actor, lang);

  const current = await db.translationVersion.findFirst({
    where: { paragraphId, languageCode: lang },
    orderBy: { number: 'desc' },
    select: versionSelect,
  });
  if ((current?.id ?? null) !== baseVersionId) {
    await requireOwnVersion(paragraphId, lang, baseVersionId);
    throw conflictWith(current, baseVersionId);
  }
  if (current && current.text === normalized) {
    return { created: false as const, version: await withChecks(versionJson(current), paragraphId, lang) };
  }
  try {
    const created = await db.translationVersion.create({
      data: {
        paragraphId,
        languageCode: lang,
        number: (current?.number ?? 0) + 1,
        text: normalized,
        authorId: actor.id,
        baseVersionId,
        sourceVersionId: currentSource.id,
      },
      select: versionSelect,
    });
    announceChange({ documentId: paragraph.documentId, paragraphId, lang, change: 'version', actor });
    return { created: true as const, version: await withChecks(versionJson(created), paragraphId, lang) };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    // Another save from the same base landed first: report the version that won.
    const winner = await db.translationVersion.findFirst({
      where: { paragraphId, languageCode: lang },
      orderBy: { number: 'desc' },
      select: versionSelect,
    });
    throw conflictWith(winner, baseVersionId);
  }
}

/** A save answers with the quality checks of what was saved, so the translator sees them at once. */
async function withChecks(version: TranslationVersionJson, paragraphId: string, lang: string): Promise<TranslationVersionJson> {
  return { ...version, checks: await checkParagraphText(getDb(), { paragraphId, lang, text: version.text }) };
}

/** A base that is not a version of this paragraph and language is bad input, not a conflict. */
async function requireOwnVersion(paragraphId: string, lang: string, baseVersionId: string | null) {
  if (baseVersionId === null) return;
  const base = await getDb().translationVersion.findFirst({
    where: { id: baseVersionId, paragraphId, languageCode: lang },
    select: { id: true },
  });
  if (!base) {
    throw new AppError('invalid_input', {
      message: `baseVersionId ${baseVersionId} is not a version of this paragraph in this language.`,
    });
  }
}

function conflictWith(current: Parameters<typeof versionJson>[0] | null, baseVersionId: string | null) {
  if (!current) {
    return new AppError('invalid_input', {
      message: `baseVersionId ${baseVersionId} is not a version of this paragraph; it has no translation yet, so send null.`,
    });
  }
  return new AppError('conflict', {
    message: `${current.author.name} saved this paragraph (version ${current.number}) after the version you started from.`,
    details: { current: versionJson(current) },
  });
}
