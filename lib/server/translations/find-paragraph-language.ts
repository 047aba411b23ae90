import 'server-only';
// Finds a paragraph and checks that the language is one of its document's target languages.
import { AppError } from '../../app-error';
import type { Db, Tx } from '../db';
import { toLanguageInfo } from '../documents/find-document-language';

export async function findParagraphLanguage(db: Db | Tx, paragraphId: string, languageCode: string) {
  const paragraph = await db.paragraph.findUnique({
    where: { id: paragraphId },
    select: {
      id: true,
      position: true,
      documentId: true,
      document: { select: { languages: { where: { languageCode }, select: { language: true } } } },
      sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, text: true } },
    },
  });
  if (!paragraph) throw new AppError('not_found', { message: `There is no paragraph ${paragraphId}.` });
  const target = paragraph.document.languages[0];
  if (!target) {
    throw new AppError('not_found', { message: `This document is not translated into "${languageCode}".` });
  }
  return {
    paragraph: { id: paragraph.id, position: paragraph.position, documentId: paragraph.documentId },
    currentSource: paragraph.sourceVersions[0],
    language: toLanguageInfo(target.language),
  };
}
