import 'server-only';
// The data of translation.approved, read in the approval's own transaction.
import type { TranslationApprovedData } from '../../api/webhooks';
import { documentLink } from '../../webhooks/event-links';
import type { Db, Tx } from '../db';

export async function translationApprovedData(db: Db | Tx, reviewId: string): Promise<TranslationApprovedData> {
  const review = await db.review.findUniqueOrThrow({
    where: { id: reviewId },
    select: {
      id: true,
      createdAt: true,
      reviewer: { select: { id: true, name: true } },
      translationVersion: {
        select: { id: true, number: true, text: true, languageCode: true, paragraph: { select: { id: true, position: true, document: { select: { slug: true, title: true } } } } },
      },
    },
  });
  const { translationVersion: version } = review;
  const { document } = version.paragraph;
  return {
    document: { slug: document.slug, title: document.title },
    language: version.languageCode,
    paragraph: { id: version.paragraph.id, position: version.paragraph.position },
    version: { id: version.id, number: version.number, text: version.text },
    reviewId: review.id,
    reviewer: { id: review.reviewer.id, name: review.reviewer.name },
    approvedAt: review.createdAt.toISOString(),
    links: { document: documentLink(document.slug, version.languageCode) },
  };
}
