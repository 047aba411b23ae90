import 'server-only';
// Finds a paragraph with its current English and checks that the language is one of its
// document's target languages. Every save, comment and history view starts here, so the usual
// case is one paragraph query (the language check is an EXISTS in it) plus its current source;
// only a miss asks again, to say which of the two is missing. A removed paragraph is found too
// (its history stays readable); services that write refuse it with requireInArticle.
import { AppError } from '../../app-error';
import type { Db, Tx } from '../db';

export async function findParagraphLanguage(db: Db | Tx, paragraphId: string, languageCode: string) {
  const paragraph = await db.paragraph.findFirst({
    where: { id: paragraphId, document: { languages: { some: { languageCode } } } },
    select: {
      id: true,
      position: true,
      kind: true,
      documentId: true,
      removedFromPosition: true,
      sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, text: true } },
    },
  });
  if (!paragraph) {
    const exists = await db.paragraph.findUnique({ where: { id: paragraphId }, select: { id: true } });
    throw new AppError('not_found', {
      message: exists ? `This document is not translated into "${languageCode}".` : `There is no paragraph ${paragraphId}.`,
    });
  }
  return {
    paragraph: {
      id: paragraph.id,
      position: paragraph.position,
      kind: paragraph.kind,
      documentId: paragraph.documentId,
      removedFromPosition: paragraph.removedFromPosition,
    },
    currentSource: paragraph.sourceVersions[0],
  };
}

/**
 * A paragraph that an update of the English removed keeps its history, readable as before, but
 * takes no new translation, review, comment or English: nobody would ever see them.
 */
export function requireInArticle(paragraph: { removedFromPosition: number | null }) {
  if (paragraph.removedFromPosition === null) return;
  throw new AppError('conflict', {
    message: `Paragraph ${paragraph.removedFromPosition} was removed from the article when its English was updated. Its history stays, but it takes no new versions, reviews or comments.`,
  });
}
