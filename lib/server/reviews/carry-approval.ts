import 'server-only';
// A new version whose text is exactly the approved text (for the paragraph's current English)
// is approved by that earlier review: a review row is inserted that carries it over and names
// it, with its reviewer. Status, editions and counts then read an ordinary approval; History and
// the activity feed read `carriedFromReviewId` and do not present it as a new decision. The rule
// of which approval carries is lib/approval-carry.ts.
import { approvalToCarry } from '../../approval-carry';
import type { CarriedApprovalJson } from '../../api/versions';
import type { Db, Tx } from '../db';
import { findManyByIds } from '../find-many-by-ids';

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

const REVIEW_FIELDS = {
  id: true,
  decision: true,
  createdAt: true,
  carriedFromReviewId: true,
  reviewerId: true,
  overrideReason: true,
  sourceVersionId: true,
  reviewer: { select: { name: true } },
  translationVersion: { select: { id: true, number: true, text: true, paragraphId: true } },
} as const;

type ReviewRow = {
  id: string;
  decision: string;
  createdAt: Date;
  carriedFromReviewId: string | null;
  reviewerId: string;
  overrideReason: string | null;
  sourceVersionId: string;
  reviewer: { name: string };
  translationVersion: { id: string; number: number; text: string; paragraphId: string };
};

type Carried = { data: { translationVersionId: string; sourceVersionId: string; reviewerId: string; decision: 'approved'; overrideReason: string | null; carriedFromReviewId: string }; json: CarriedApprovalJson };

/** The review that carries an approval of `rows` (the paragraph's reviews for its current English) to the new version, or null. */
function carriedReview(rows: ReviewRow[], { versionId, sourceVersionId, text }: CarryTarget): Carried | null {
  const reviews = rows
    .filter((row) => row.translationVersion.id !== versionId)
    .map((row) => ({ ...row, versionId: row.translationVersion.id, versionNumber: row.translationVersion.number, text: row.translationVersion.text }));
  const carried = approvalToCarry(reviews, text);
  if (!carried) return null;
  const original = rows.find((row) => row.id === carried.id)!;
  return {
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
    json: { versionId: carried.versionId, versionNumber: carried.versionNumber, reviewer: original.reviewer.name },
  };
}

/** Inserts the review that carries the current approval over to the new version; null when none applies. */
export async function carryApproval(tx: Tx, target: CarryTarget): Promise<CarriedApprovalJson | null> {
  const rows = await tx.review.findMany({
    where: { sourceVersionId: target.sourceVersionId, translationVersion: { paragraphId: target.paragraphId, languageCode: target.lang } },
    select: REVIEW_FIELDS,
  });
  const carried = carriedReview(rows, target);
  if (!carried) return null;
  await tx.review.create({ data: carried.data, select: { id: true } });
  return carried.json;
}

/**
 * carryApproval for many new versions of one language at once (an import): the reviews of all
 * their paragraphs read in a few queries and the carried ones inserted together, so that a
 * transaction of 2,000 versions is a handful of statements, not 4,000.
 */
export async function carryApprovals(tx: Tx, lang: string, targets: CarryTarget[]): Promise<number> {
  // A source version belongs to one paragraph: the current ones name the paragraphs.
  const rows = await findManyByIds(
    targets.map((target) => target.sourceVersionId),
    (ids) => tx.review.findMany({ where: { sourceVersionId: { in: ids }, translationVersion: { languageCode: lang } }, select: REVIEW_FIELDS }),
  );
  const byParagraph = new Map<string, ReviewRow[]>();
  for (const row of rows) {
    const paragraphId = row.translationVersion.paragraphId;
    const reviews = byParagraph.get(paragraphId);
    if (reviews) reviews.push(row);
    else byParagraph.set(paragraphId, [row]);
  }
  const data = targets.flatMap((target) => {
    const carried = carriedReview(byParagraph.get(target.paragraphId) ?? [], target);
    return carried ? [carried.data] : [];
  });
  for (let start = 0; start < data.length; start += CARRIED_PER_STATEMENT) {
    await tx.review.createMany({ data: data.slice(start, start + CARRIED_PER_STATEMENT) });
  }
  return data.length;
}

/** Rows per INSERT: a statement's bound parameters stay few. */
const CARRIED_PER_STATEMENT = 100;
