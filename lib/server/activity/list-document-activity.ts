import 'server-only';
// A document's activity feed: who saved, approved, rejected, commented, updated the source,
// removed a paragraph or published, newest first. Built from the append-only records themselves
// (nothing is logged twice): the newest `limit` of each kind, merged. Anyone signed in may read it.
import { newestFirst, type ActivityEvent } from '../../activity';
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocument } from '../documents/find-document-language';
import { findManyByIds } from '../find-many-by-ids';

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

  const [saves, reviews, comments, sourceUpdates, editions, removals] = await Promise.all([
    wantTranslations
      ? db.translationVersion.findMany({
          where: { paragraph: inDocument, ...inLanguage },
          ...newest,
          select: { createdAt: true, languageCode: true, number: true, author: { select: { name: true } }, paragraph: { select: positionSelect } },
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
            translationVersion: { select: { languageCode: true, paragraph: { select: positionSelect } } },
          },
        })
      : none,
    wantTranslations
      ? db.comment.findMany({
          where: { paragraph: inDocument, ...inLanguage },
          ...newest,
          select: { createdAt: true, languageCode: true, text: true, author: { select: { name: true } }, paragraph: { select: positionSelect } },
        })
      : none,
    wantSource
      ? db.sourceVersion.findMany({
          // Version 1 is the imported text, not an update.
          where: { paragraph: inDocument, number: { gt: 1 } },
          ...newest,
          select: { createdAt: true, number: true, author: { select: { name: true } }, paragraph: { select: positionSelect } },
        })
      : none,
    wantTranslations
      ? db.edition.findMany({
          where: { ...inDocument, ...inLanguage },
          ...newest,
          select: { createdAt: true, languageCode: true, number: true, publishedBy: { select: { name: true } } },
        })
      : none,
    wantSource ? listRemovals(document.id, limit) : none,
  ]);

  const events: ActivityEvent[] = [
    ...saves.map((row) => ({
      kind: 'saved' as const,
      at: row.createdAt.toISOString(),
      actor: row.author.name,
      lang: row.languageCode,
      paragraph: positionOf(row.paragraph),
      detail: `Version ${row.number}`,
    })),
    ...reviews.map((row) => ({
      kind: row.decision === 'rejected' ? ('rejected' as const) : ('approved' as const),
      at: row.createdAt.toISOString(),
      actor: row.reviewer.name,
      lang: row.translationVersion.languageCode,
      paragraph: positionOf(row.translationVersion.paragraph),
      detail: row.comment ?? '',
    })),
    ...comments.map((row) => ({
      kind: 'commented' as const,
      at: row.createdAt.toISOString(),
      actor: row.author.name,
      lang: row.languageCode,
      paragraph: positionOf(row.paragraph),
      detail: row.text,
    })),
    ...sourceUpdates.map((row) => ({
      kind: 'source_updated' as const,
      at: row.createdAt.toISOString(),
      // Only the importer writes authorless source versions, and it writes version 1.
      actor: row.author?.name ?? 'The importer',
      lang: null,
      paragraph: positionOf(row.paragraph),
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
    ...removals,
  ];
  return events.sort(newestFirst).slice(0, limit);
}

/** Where a paragraph stands, or stood when an update of the English removed it. */
const positionSelect = { position: true, removedFromPosition: true } as const;

function positionOf(paragraph: { position: number; removedFromPosition: number | null }): number {
  return paragraph.removedFromPosition ?? paragraph.position;
}

/** Paragraphs an update of the English removed, each with the English it last had. */
async function listRemovals(documentId: string, limit: number): Promise<ActivityEvent[]> {
  const db = getDb();
  const removed = await db.paragraph.findMany({
    where: { documentId, removedAt: { not: null } },
    orderBy: { removedAt: 'desc' },
    take: limit,
    select: { id: true, removedAt: true, removedFromPosition: true, removedBy: { select: { name: true } } },
  });
  if (removed.length === 0) return [];
  const texts = new Map<string, string>();
  const sources = await findManyByIds(
    removed.map((paragraph) => paragraph.id),
    (ids) => db.sourceVersion.findMany({ where: { paragraphId: { in: ids } }, orderBy: { number: 'asc' }, select: { paragraphId: true, text: true } }),
  );
  for (const source of sources) texts.set(source.paragraphId, source.text);
  return removed.map((paragraph) => ({
    kind: 'paragraph_removed' as const,
    at: paragraph.removedAt!.toISOString(),
    actor: paragraph.removedBy?.name ?? 'Someone',
    lang: null,
    paragraph: paragraph.removedFromPosition,
    detail: texts.get(paragraph.id) ?? '',
  }));
}
