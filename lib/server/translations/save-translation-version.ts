import 'server-only';
// Saves a translation as a new version. Every save names the version it started from; when that
// is no longer the current version, someone else saved in between and the save is refused with
// a conflict naming their version. The unique (paragraph, language, number) index decides races:
// of two saves from the same base, only one can become number n + 1.
import { AppError } from '../../app-error';
import { normalizeParagraphText } from '../../translation-text';
import { searchable } from '../../search-text';
import type { Actor } from '../../roles';
import { requireTranslator } from '../access';
import { getDb } from '../db';
import type { TranslationVersionJson } from '../../api/versions';
import { announceChange } from '../live/announce-change';
import { checkTextAgainstSource } from '../qa/check-saved-text';
import { createTranslationVersion } from './create-translation-version';
import { findParagraphLanguage, requireInArticle } from './find-paragraph-language';
import { requireMachineSuggestion } from '../machine/require-machine-suggestion';
import { requireRevertTarget } from './require-revert-target';
import { versionColumns, versionJson, versionSelect } from './translation-version-json';
import { isUniqueViolation } from '../unique-violation';

export type SaveTranslationInput = {
  paragraphId: string;
  lang: string;
  text: string;
  /** The version the translator started from; null when the paragraph was untranslated. */
  baseVersionId: string | null;
  /** Saving an empty text is allowed only as a deliberate "clear". */
  clear?: boolean;
  /** A revert names the older version whose text it restores (requireRevertTarget). */
  revertOfVersionId?: string;
  /** The machine translation suggestion the text started from (requireMachineSuggestion). */
  machineTranslationId?: string;
  actor: Actor;
};

export async function saveTranslationVersion({ paragraphId, lang, text, baseVersionId, clear = false, revertOfVersionId, machineTranslationId, actor }: SaveTranslationInput) {
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
  requireInArticle(paragraph);
  if (revertOfVersionId !== undefined) await requireRevertTarget({ paragraphId, lang, revertOfVersionId, text: normalized });
  const machine = machineTranslationId === undefined ? null : await requireMachineSuggestion({ paragraphId, lang, machineTranslationId });

  // The head without its author: a save that goes through names the actor as the author, so
  // the author's row is only read for a conflict or an unchanged text (see headWithAuthor).
  const current = await db.translationVersion.findFirst({
    where: { paragraphId, languageCode: lang },
    orderBy: { number: 'desc' },
    select: versionColumns,
  });
  if ((current?.id ?? null) !== baseVersionId) {
    await requireOwnVersion(paragraphId, lang, baseVersionId);
    throw conflictWith(await headWithAuthor(paragraphId, lang), baseVersionId);
  }
  // The checks compare with the English this paragraph has now, already loaded above.
  const withChecks = async (version: TranslationVersionJson): Promise<TranslationVersionJson> => ({
    ...version,
    checks: await checkTextAgainstSource(db, { lang, text: version.text, source: currentSource.text, kind: paragraph.kind }),
  });
  if (current && current.text === normalized) {
    const unchanged = await headWithAuthor(paragraphId, lang);
    return { created: false as const, version: await withChecks(versionJson(unchanged!)) };
  }
  try {
    // The approved text saved again keeps its approval (see create-translation-version.ts).
    const { row: created, carriedApproval } = await createTranslationVersion(db, {
      paragraphId,
      languageCode: lang,
      number: (current?.number ?? 0) + 1,
      ...searchable(normalized),
      authorId: actor.id,
      baseVersionId,
      sourceVersionId: currentSource.id,
      revertOfVersionId: revertOfVersionId ?? null,
      machineTranslationId: machine?.id ?? null,
      machineProvider: machine?.provider ?? null,
    });
    announceChange({ documentId: paragraph.documentId, paragraphId, lang, change: 'version', actor });
    const version = await withChecks(versionJson({ ...created, author: { name: actor.name, email: actor.email } }));
    return { created: true as const, version: carriedApproval ? { ...version, carriedApproval } : version };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another save from the same base landed first: report the version that won.
    throw conflictWith(await headWithAuthor(paragraphId, lang), baseVersionId);
  }
}

/** The current version with its author, as a conflict or an unchanged save reports it. */
function headWithAuthor(paragraphId: string, lang: string) {
  return getDb().translationVersion.findFirst({
    where: { paragraphId, languageCode: lang },
    orderBy: { number: 'desc' },
    select: versionSelect,
  });
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
