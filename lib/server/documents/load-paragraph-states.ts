import 'server-only';
// Loads every paragraph of a document with its current source and, for one language, its
// current translation and derived status. A handful of queries whatever the document's length.
import { deriveStatus, type ReviewFacts, type TranslationStatus } from '../../paragraph-status';
import type { ParagraphKind } from '../../paragraph-kinds';
import { countOpenThreads } from '../comments/count-open-threads';
import type { Db, Tx } from '../db';

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

export async function loadParagraphStates(db: Db | Tx, documentId: string, languageCode: string): Promise<ParagraphState[]> {
  const paragraphs = await db.paragraph.findMany({
    where: { documentId },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      position: true,
      kind: true,
      sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, text: true } },
    },
  });
  const versions = await db.translationVersion.findMany({
    where: { languageCode, paragraph: { documentId } },
    orderBy: { number: 'desc' },
    select: {
      id: true,
      paragraphId: true,
      number: true,
      sourceVersionId: true,
      reviews: { select: { decision: true, sourceVersionId: true, createdAt: true, comment: true, reviewer: { select: { name: true } } } },
    },
  });

  const byParagraph = new Map<string, typeof versions>();
  for (const version of versions) {
    const list = byParagraph.get(version.paragraphId) ?? [];
    list.push(version);
    byParagraph.set(version.paragraphId, list);
  }
  const lists = [...byParagraph.values()];
  const currentIds = lists.map((list) => list[0].id);
  const approvedIds = lists.map(lastApproved).filter((id): id is string => Boolean(id) && !currentIds.includes(id!));
  const currentDetails = new Map(
    (
      await db.translationVersion.findMany({
        where: { id: { in: [...currentIds, ...approvedIds] } },
        select: { id: true, text: true, createdAt: true, author: { select: { name: true } } },
      })
    ).map((row) => [row.id, row]),
  );
  const staleSourceIds = paragraphs
    .map((paragraph) => {
      const current = byParagraph.get(paragraph.id)?.[0];
      return current && current.sourceVersionId !== paragraph.sourceVersions[0].id ? current.sourceVersionId : null;
    })
    .filter((id): id is string => id !== null);
  const openThreads = await countOpenThreads(db, documentId, languageCode);
  const staleSources = new Map(
    staleSourceIds.length
      ? (await db.sourceVersion.findMany({ where: { id: { in: staleSourceIds } }, select: { id: true, text: true } })).map((row) => [row.id, row.text])
      : [],
  );

  return paragraphs.map((paragraph) => {
    const source = paragraph.sourceVersions[0];
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
              createdAt: details.createdAt,
              approvedVersionId,
              rejection: rejection
                ? { comment: rejection.comment ?? '', reviewer: rejection.reviewer.name, createdAt: rejection.createdAt }
                : null,
              approvedText: approvedVersionId && approvedVersionId !== current.id ? (currentDetails.get(approvedVersionId)?.text ?? null) : null,
              translatedSource: staleSources.has(current.sourceVersionId)
                ? { versionId: current.sourceVersionId, text: staleSources.get(current.sourceVersionId)! }
                : null,
              revisesRejection: Boolean(previous && latest(previous.reviews)?.decision === 'rejected'),
            }
          : null,
    };
  });
}

/** The newest version an editor approved, for any source version. */
function lastApproved(list: Array<{ id: string; reviews: Array<{ decision: string }> }>): string | null {
  return list.find((version) => version.reviews.some((review) => review.decision === 'approved'))?.id ?? null;
}

function latest<T extends { createdAt: Date }>(items: T[]): T | undefined {
  return [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}
