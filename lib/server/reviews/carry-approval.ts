import 'server-only';
// A new version whose text is exactly the approved text (for the paragraph's current English)
// is approved by that earlier review: a review row is inserted that carries it over and names
// it, with its reviewer. Status, editions and counts then read an ordinary approval; History and
// the activity feed read `carriedFromReviewId` and do not present it as a new decision. The rule
// of which approval carries is lib/approval-carry.ts.
import { approvalToCarry } from '../../approval-carry';
import type { CarriedApprovalJson } from '../../api/versions';
import type { Db, Tx } from '../db';

export type CarryTarget = { versionId: string; paragraphId: string; lang: string; sourceVersionId: string; text: string };

/**
 * Whether a version of `text` could keep an approval at all: some version with that text was
 * approved for this English. A cheap first look, so that an ordinary save needs no transaction.
 */
export async function mayCarryApproval(db: Db | Tx, { paragraphId, lang, sourceVersionId, text }: Omit<CarryTarget, 'versionId'>): Promise<boolean> {
  const approval = await db.review.findFirst({
    where: { decision: 'approved', sourceVersionId, translationVersion: { paragraphId, languageCode: lang, text } },
    select: { id: true },
  });
  return approval !== null;
}

/** Inserts the review that carries the current approval over to the new version; null when none applies. */
export async function carryApproval(tx: Tx, { versionId, paragraphId, lang, sourceVersionId, text }: CarryTarget): Promise<CarriedApprovalJson | null> {
  const rows = await tx.review.findMany({
    where: { sourceVersionId, translationVersion: { paragraphId, languageCode: lang, id: { not: versionId } } },
    select: {
      id: true,
      decision: true,
      createdAt: true,
      carriedFromReviewId: true,
      reviewerId: true,
      overrideReason: true,
      reviewer: { select: { name: true } },
      translationVersion: { select: { id: true, number: true, text: true } },
    },
  });
  const reviews = rows.map((row) => ({ ...row, versionId: row.translationVersion.id, versionNumber: row.translationVersion.number, text: row.translationVersion.text }));
  const carried = approvalToCarry(reviews, text);
  if (!carried) return null;
  const original = rows.find((row) => row.id === carried.id)!;
  await tx.review.create({
    data: {
      translationVersionId: versionId,
      sourceVersionId,
      reviewerId: original.reviewerId,
      decision: 'approved',
      // The comment stays with the decision it was written for (History names that version);
      // an override reason is what the approval of this text rests on, so it goes along.
      overrideReason: original.overrideReason,
      carriedFromReviewId: original.id,
    },
    select: { id: true },
  });
  return { versionId: carried.versionId, versionNumber: carried.versionNumber, reviewer: original.reviewer.name };
}
