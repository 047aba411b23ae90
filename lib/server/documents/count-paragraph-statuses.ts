import 'server-only';
// How many paragraphs of a document one language has in each status, for the workbench's status
// bar and review-queue link. Reads only the columns the status rule needs (ids, numbers, review
// decisions), never a text: a 2,000-paragraph story counts without loading its 10,000 versions'
// words, which the workbench then loads for the 100 paragraphs on screen only.
import { deriveStatus, emptyStatusCounts, type ReviewFacts, type TranslationStatus } from '../../paragraph-status';
import type { Db, Tx } from '../db';

export type StatusSummary = { paragraphs: number; counts: Record<TranslationStatus, number> };

export async function countParagraphStatuses(db: Db | Tx, documentId: string, languageCode: string): Promise<StatusSummary> {
  const inDocument = { documentId };
  const [sources, versions, reviews] = await Promise.all([
    db.sourceVersion.findMany({ where: { paragraph: inDocument }, orderBy: { number: 'desc' }, select: { id: true, paragraphId: true } }),
    db.translationVersion.findMany({
      where: { languageCode, paragraph: inDocument },
      orderBy: { number: 'desc' },
      select: { id: true, paragraphId: true, sourceVersionId: true },
    }),
    db.review.findMany({
      where: { translationVersion: { languageCode, paragraph: inDocument } },
      select: { translationVersionId: true, decision: true, sourceVersionId: true, createdAt: true },
    }),
  ]);
  // Newest first, so the first row seen per paragraph is its current one. Every paragraph has
  // at least one source version, so the sources also say how many paragraphs there are.
  const currentSource = new Map<string, string>();
  for (const source of sources) if (!currentSource.has(source.paragraphId)) currentSource.set(source.paragraphId, source.id);
  const currentVersion = new Map<string, (typeof versions)[number]>();
  for (const version of versions) if (!currentVersion.has(version.paragraphId)) currentVersion.set(version.paragraphId, version);
  const reviewsOf = new Map<string, ReviewFacts[]>();
  for (const review of reviews) {
    const list = reviewsOf.get(review.translationVersionId) ?? [];
    list.push({ ...review, decision: review.decision as ReviewFacts['decision'] });
    reviewsOf.set(review.translationVersionId, list);
  }

  const counts = emptyStatusCounts();
  for (const [paragraphId, sourceVersionId] of currentSource) {
    const current = currentVersion.get(paragraphId);
    const status = deriveStatus({
      current: current ? { sourceVersionId: current.sourceVersionId, reviews: reviewsOf.get(current.id) ?? [] } : null,
      currentSourceVersionId: sourceVersionId,
    });
    counts[status] += 1;
  }
  return { paragraphs: currentSource.size, counts };
}
