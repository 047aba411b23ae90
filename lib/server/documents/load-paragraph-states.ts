import 'server-only';
// Loads every paragraph of a document with its current source and, for one language, its
// current translation and derived status. A handful of queries whatever the document's length;
// a whole long document in pages that let other requests in between (loadAllParagraphStates).
import { deriveStatus, type ReviewFacts, type TranslationStatus } from '../../paragraph-status';
import type { ParagraphKind } from '../../paragraph-kinds';
import { countOpenThreads } from '../comments/count-open-threads';
import type { Db, Tx } from '../db';
import { findManyByIds } from '../find-many-by-ids';

export type ParagraphState = {
  id: string;
  position: number;
  kind: ParagraphKind;
  source: { versionId: string; number: number; text: string };
  status: TranslationStatus;
  /** Unresolved comment threads on this paragraph in this language. */
  openThreads: number;
  translation: null | {
    versionId: string;
    number: number;
    text: string;
    author: string;
    /** Who wrote the current version ("my versions in review"). */
    authorId: string;
    createdAt: Date;
    /** The newest version an editor approved (for any source version), if any. */
    approvedVersionId: string | null;
    /** The editor's comment when the current version was rejected. */
    rejection: null | { comment: string; reviewer: string; createdAt: Date };
    /** Text of the newest approved version when it is not the current one: "changes since approval". */
    approvedText: string | null;
    /** The English this version translates, when the source has changed since. */
    translatedSource: null | { versionId: string; text: string };
    /** The version before the current one was rejected: the current one is a revision. */
    revisesRejection: boolean;
  };
};

export async function loadParagraphStates(
  db: Db | Tx,
  documentId: string,
  languageCode: string,
  /**
   * Only the paragraphs at these positions (inclusive, from 1), or with these ids (at most a few
   * hundred: each is a bound parameter); the whole document when left out.
   */
  only?: { first: number; last: number } | { ids: string[] },
): Promise<ParagraphState[]> {
  // A paragraph removed by an update of the English is no longer part of the article.
  const inDocument = {
    documentId,
    removedAt: null,
    ...(only && 'ids' in only ? { id: { in: only.ids } } : only ? { position: { gte: only.first, lte: only.last } } : {}),
  };
  // Relations are loaded by their own queries filtered through the document, never nested under
  // a list of parents: Prisma binds one parameter per parent, and SQLite takes at most 999.
  const [paragraphs, sources, versions, reviews, openThreads] = await Promise.all([
    db.paragraph.findMany({ where: inDocument, orderBy: { position: 'asc' }, select: { id: true, position: true, kind: true } }),
    db.sourceVersion.findMany({
      where: { paragraph: inDocument },
      orderBy: { number: 'desc' },
      select: { id: true, paragraphId: true, number: true, text: true },
    }),
    db.translationVersion.findMany({
      where: { languageCode, paragraph: inDocument },
      orderBy: { number: 'desc' },
      select: { id: true, paragraphId: true, number: true, sourceVersionId: true },
    }),
    db.review.findMany({
      where: { translationVersion: { languageCode, paragraph: inDocument } },
      select: { translationVersionId: true, decision: true, sourceVersionId: true, createdAt: true, comment: true, reviewerId: true },
    }),
    countOpenThreads(db, inDocument, languageCode),
  ]);

  const currentSource = new Map<string, (typeof sources)[number]>();
  const sourceText = new Map<string, string>();
  for (const source of sources) {
    if (!currentSource.has(source.paragraphId)) currentSource.set(source.paragraphId, source);
    sourceText.set(source.id, source.text);
  }
  const reviewsOf = groupBy(reviews, (review) => review.translationVersionId);
  const byParagraph = groupBy(
    versions.map((version) => ({ ...version, reviews: reviewsOf.get(version.id) ?? [] })),
    (version) => version.paragraphId,
  );

  const lists = [...byParagraph.values()];
  const currentIds = new Set(lists.map((list) => list[0].id));
  const approvedIds = lists.map(lastApproved).filter((id): id is string => id !== null && !currentIds.has(id));
  const currentDetails = new Map(
    (
      await findManyByIds([...currentIds, ...approvedIds], (ids) =>
        db.translationVersion.findMany({
          where: { id: { in: ids } },
          select: { id: true, text: true, createdAt: true, author: { select: { id: true, name: true } } },
        }),
      )
    ).map((row) => [row.id, row]),
  );
  const reviewerIds = [...new Set(reviews.map((review) => review.reviewerId))];
  const reviewerNames = new Map(
    (await findManyByIds(reviewerIds, (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }))).map(
      (user) => [user.id, user.name],
    ),
  );

  return paragraphs.map((paragraph) => {
    const source = currentSource.get(paragraph.id)!;
    const list = byParagraph.get(paragraph.id) ?? [];
    const current = list[0];
    const reviews = (current?.reviews ?? []).map((review) => ({
      ...review,
      decision: review.decision as ReviewFacts['decision'],
    }));
    const status = deriveStatus({
      current: current ? { sourceVersionId: current.sourceVersionId, reviews } : null,
      currentSourceVersionId: source.id,
    });
    const details = current ? currentDetails.get(current.id) : undefined;
    const rejection = status === 'rejected' ? latest(reviews.filter((review) => review.decision === 'rejected')) : undefined;
    const approvedVersionId = lastApproved(list);
    const previous = list[1];
    return {
      id: paragraph.id,
      position: paragraph.position,
      kind: paragraph.kind as ParagraphKind,
      source: { versionId: source.id, number: source.number, text: source.text },
      status,
      openThreads: openThreads.get(paragraph.id) ?? 0,
      translation:
        current && details
          ? {
              versionId: current.id,
              number: current.number,
              text: details.text,
              author: details.author.name,
              authorId: details.author.id,
              createdAt: details.createdAt,
              approvedVersionId,
              rejection: rejection
                ? { comment: rejection.comment ?? '', reviewer: reviewerNames.get(rejection.reviewerId) ?? '', createdAt: rejection.createdAt }
                : null,
              approvedText: approvedVersionId && approvedVersionId !== current.id ? (currentDetails.get(approvedVersionId)?.text ?? null) : null,
              translatedSource:
                current.sourceVersionId !== source.id
                  ? { versionId: current.sourceVersionId, text: sourceText.get(current.sourceVersionId) ?? '' }
                  : null,
              revisesRejection: Boolean(previous && latest(previous.reviews)?.decision === 'rejected'),
            }
          : null,
    };
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The newest version an editor approved, for any source version. */
function lastApproved(list: Array<{ id: string; reviews: Array<{ decision: string }> }>): string | null {
  return list.find((version) => version.reviews.some((review) => review.decision === 'approved'))?.id ?? null;
}

function latest<T extends { createdAt: Date }>(items: T[]): T | undefined {
  return [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}
