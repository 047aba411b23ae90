import 'server-only';
// Loads every paragraph of a document with its current source and, for one language, its
// current translation and derived status. Three queries whatever the document's length.
import { deriveStatus, type ReviewFacts, type TranslationStatus } from '../../paragraph-status';
import type { ParagraphKind } from '../../paragraph-kinds';
import type { Db, Tx } from '../db';

export type ParagraphState = {
  id: string;
  position: number;
  kind: ParagraphKind;
  source: { versionId: string; number: number; text: string };
  status: TranslationStatus;
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
  const currentIds = [...byParagraph.values()].map((list) => list[0].id);
  const currentDetails = new Map(
    (
      await db.translationVersion.findMany({
        where: { id: { in: currentIds } },
        select: { id: true, text: true, createdAt: true, author: { select: { name: true } } },
      })
    ).map((row) => [row.id, row]),
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
    return {
      id: paragraph.id,
      position: paragraph.position,
      kind: paragraph.kind as ParagraphKind,
      source: { versionId: source.id, number: source.number, text: source.text },
      status,
      translation:
        current && details
          ? {
              versionId: current.id,
              number: current.number,
              text: details.text,
              author: details.author.name,
              createdAt: details.createdAt,
              approvedVersionId:
                list.find((version) => version.reviews.some((review) => review.decision === 'approved'))?.id ?? null,
              rejection: rejection
                ? { comment: rejection.comment ?? '', reviewer: rejection.reviewer.name, createdAt: rejection.createdAt }
                : null,
            }
          : null,
    };
  });
}

function latest<T extends { createdAt: Date }>(items: T[]): T | undefined {
  return [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}
