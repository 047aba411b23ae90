import 'server-only';
// Looks up a document by slug and one of its target languages; unknown either way is a 404.
import { AppError } from '../../app-error';
import type { Db, Tx } from '../db';

export type LanguageInfo = { code: string; englishName: string; nativeName: string; direction: 'ltr' | 'rtl' };

export function toLanguageInfo(language: { code: string; englishName: string; nativeName: string; direction: string }): LanguageInfo {
  return { ...language, direction: language.direction === 'rtl' ? 'rtl' : 'ltr' };
}

export async function findDocument(db: Db | Tx, slug: string) {
  const document = await db.document.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      sourceLang: true,
      sourceRevision: true,
      deadline: true,
      languages: { select: { language: true }, orderBy: { languageCode: 'asc' } },
    },
  });
  if (!document) {
    throw new AppError('not_found', { message: `There is no document "${slug}".` });
  }
  return {
    id: document.id,
    slug: document.slug,
    title: document.title,
    sourceLang: document.sourceLang,
    /** Goes up with every change to the English (see update-document-source.ts). */
    sourceRevision: document.sourceRevision,
    deadline: document.deadline,
    languages: document.languages.map((entry) => toLanguageInfo(entry.language)).sort(byTargetOrder),
  };
}

export async function findDocumentLanguage(db: Db | Tx, slug: string, languageCode: string) {
  const document = await findDocument(db, slug);
  const language = document.languages.find((candidate) => candidate.code === languageCode);
  if (!language) {
    throw new AppError('not_found', {
      message: `"${document.title}" has no ${JSON.stringify(languageCode)} translation. Its languages: ${document.languages.map((l) => l.code).join(', ')}.`,
    });
  }
  return { document, language };
}

/** Languages in the order the newsroom lists them: by English name. */
function byTargetOrder(a: LanguageInfo, b: LanguageInfo) {
  return a.englishName.localeCompare(b.englishName, 'en');
}
