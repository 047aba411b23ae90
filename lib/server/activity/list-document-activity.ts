import 'server-only';
// A document's activity feed: who saved, approved, rejected, commented, updated the source or
// published, newest first. Built from the append-only records themselves (nothing is logged
// twice): the newest `limit` of each kind, merged. Anyone signed in may read it.
import { newestFirst, type ActivityEvent } from '../../activity';
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocument } from '../documents/find-document-language';

export const MAX_ACTIVITY_LIMIT = 1000;

export type ListDocumentActivityInput = {
  slug: string;
  actor: Actor;
  limit?: number;
  /**
   * Only one language: a target language's saves, reviews, comments and editions, or, for the
   * document's source language, the source updates.
   */
  lang?: string;
};

export async function listDocumentActivity({ slug, limit = 200, lang }: ListDocumentActivityInput): Promise<ActivityEvent[]> {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_ACTIVITY_LIMIT) {
    throw new AppError('invalid_input', { message: `The limit must be a whole number from 1 to ${MAX_ACTIVITY_LIMIT}.` });
  }
  const db = getDb();
  const document = await findDocument(db, slug);
  if (lang !== undefined && lang !== document.sourceLang && !document.languages.some((language) => language.code === lang)) {
    throw new AppError('not_found', { message: `"${document.title}" has no ${JSON.stringify(lang)} translation.` });
  }
  const wantTranslations = lang !== document.sourceLang;
  const wantSource = lang === undefined || lang === document.sourceLang;
  const inDocument = { documentId: document.id };
  const inLanguage = lang === undefined ? {} : { languageCode: lang };
  const newest = { orderBy: { createdAt: 'desc' as const }, take: limit };
  const none = Promise.resolve([]);

  const [saves, reviews, comments, sourceUpdates, editions] = await Promise.all([
    wantTranslations
      ? db.translationVersion.findMany({
          where: { paragraph: inDocument, ...inLanguage },
          ...newest,
          select: { createdAt: true, languageCode: true, number: true, author: { select: { name: true } }, paragraph: { select: { position: true } } },
        })
      : none,
    wantTranslations
      ? db.review.findMany({
          // An approval carried over to the same text again is no decision of the editor's: the
          // save that brought the text back is the event.
          where: { carriedFromReviewId: null, translationVersion: { paragraph: inDocument, ...inLanguage } },
          ...newest,
          select: {
            createdAt: true,
            decision: true,
            comment: true,
            reviewer: { select: { name: true } },
            translationVersion: { select: { languageCode: true, paragraph: { select: { position: true } } } },
          },
        })
      : none,
    wantTranslations
      ? db.comment.findMany({
          where: { paragraph: inDocument, ...inLanguage },
          ...newest,
          select: { createdAt: true, languageCode: true, text: true, author: { select: { name: true } }, paragraph: { select: { position: true } } },
        })
      : none,
    wantSource
      ? db.sourceVersion.findMany({
          // Version 1 is the imported text, not an update.
          where: { paragraph: inDocument, number: { gt: 1 } },
          ...newest,
          select: { createdAt: true, number: true, author: { select: { name: true } }, paragraph: { select: { position: true } } },
        })
      : none,
    wantTranslations
      ? db.edition.findMany({
          where: { ...inDocument, ...inLanguage },
          ...newest,
          select: { createdAt: true, languageCode: true, number: true, publishedBy: { select: { name: true } } },
        })
      : none,
  ]);

  const events: ActivityEvent[] = [
    ...saves.map((row) => ({
      kind: 'saved' as const,
      at: row.createdAt.toISOString(),
      actor: row.author.name,
      lang: row.languageCode,
      paragraph: row.paragraph.position,
      detail: `Version ${row.number}`,
    })),
    ...reviews.map((row) => ({
      kind: row.decision === 'rejected' ? ('rejected' as const) : ('approved' as const),
      at: row.createdAt.toISOString(),
      actor: row.reviewer.name,
      lang: row.translationVersion.languageCode,
      paragraph: row.translationVersion.paragraph.position,
      detail: row.comment ?? '',
    })),
    ...comments.map((row) => ({
      kind: 'commented' as const,
      at: row.createdAt.toISOString(),
      actor: row.author.name,
      lang: row.languageCode,
      paragraph: row.paragraph.position,
      detail: row.text,
    })),
    ...sourceUpdates.map((row) => ({
      kind: 'source_updated' as const,
      at: row.createdAt.toISOString(),
      // Only the importer writes authorless source versions, and it writes version 1.
      actor: row.author?.name ?? 'The importer',
      lang: null,
      paragraph: row.paragraph.position,
      detail: `Version ${row.number}`,
    })),
    ...editions.map((row) => ({
      kind: 'published' as const,
      at: row.createdAt.toISOString(),
      actor: row.publishedBy.name,
      lang: row.languageCode,
      paragraph: null,
      detail: `Edition ${row.number}`,
    })),
  ];
  return events.sort(newestFirst).slice(0, limit);
}
