import 'server-only';
// Every version of a paragraph's translation into one language, newest first, each with the
// review it received. Anyone signed in may read the history.
import type { ReviewJson, VersionWithReviewJson } from '../../api/versions';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findParagraphLanguage } from './find-paragraph-language';
import { versionJson, versionSelect } from './translation-version-json';

export async function listTranslationVersions({ paragraphId, lang }: { paragraphId: string; lang: string; actor: Actor }): Promise<VersionWithReviewJson[]> {
  const db = getDb();
  await findParagraphLanguage(db, paragraphId, lang);
  const rows = await db.translationVersion.findMany({
    where: { paragraphId, languageCode: lang },
    orderBy: { number: 'desc' },
    select: {
      ...versionSelect,
      reviews: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          decision: true,
          comment: true,
          createdAt: true,
          sourceVersionId: true,
          reviewer: { select: { name: true } },
          carriedFrom: { select: { createdAt: true, translationVersion: { select: { id: true, number: true } } } },
        },
      },
    },
  });
  return rows.map((row) => {
    const review = row.reviews[0];
    return {
      ...versionJson(row),
      review: review
        ? {
            decision: review.decision as ReviewJson['decision'],
            comment: review.comment,
            reviewer: review.reviewer.name,
            createdAt: review.createdAt.toISOString(),
            sourceVersionId: review.sourceVersionId,
            // Not a new decision: the same text was approved as that version (carry-approval.ts).
            carriedFrom: review.carriedFrom
              ? {
                  versionId: review.carriedFrom.translationVersion.id,
                  versionNumber: review.carriedFrom.translationVersion.number,
                  approvedAt: review.carriedFrom.createdAt.toISOString(),
                }
              : null,
          }
        : null,
    };
  });
}

export type VersionWithReview = Awaited<ReturnType<typeof listTranslationVersions>>[number];
