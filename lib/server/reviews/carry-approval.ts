import 'server-only';
// A new version whose text is exactly the approved text (for the paragraph's current English)
// is approved by that earlier review: a review row is inserted that carries it over and names
// it, with its reviewer. Status, editions and counts then read an ordinary approval; History and
// the activity feed read `carriedFromReviewId` and do not present it as a new decision. The rule
// of which approval carries is lib/approval-carry.ts.
import { randomUUID } from 'node:crypto';
import { approvalToCarry } from '../../approval-carry';
import type { CarriedApprovalJson } from '../../api/versions';
import type { Db, Tx } from '../db';
import { findManyByIds } from '../find-many-by-ids';
import type { Prisma } from '../generated/prisma/client';
import { jsonRows, timestampParam } from '../json-rows';
import { letOthersIn } from '../let-others-in';

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
 * The approvals that new versions of one language (an import) carry over, worked out before
 * their transaction: the reviews of all their paragraphs read in parts, the loop given back in
 * between, outside the transaction (on SQLite nothing else runs during one). The transaction
 * writes them with writeCarriedApprovals, which first checks that no review of those English
 * versions came in meanwhile.
 */
export type CarryPlan = {
  /** The English versions whose reviews were read, as a table (lib/server/json-rows.ts). */
  sources: Prisma.Sql;
  /** How many reviews, in any language, those English versions had before they were read. */
  reviewCount: number;
  /** The carried reviews to insert, as a table; null when none carries. */
  carried: Prisma.Sql | null;
};

export async function planCarriedApprovals(db: Db, lang: string, targets: CarryTarget[]): Promise<CarryPlan> {
  // A source version belongs to one paragraph: the current ones name the paragraphs.
  const sourceVersionIds = targets.map((target) => target.sourceVersionId);
  const sources = jsonRows(
    sourceVersionIds.map((id) => ({ id })),
    { id: 'text' },
  );
  // Counted before the reviews are read: a review that comes in between is then seen as new.
  const reviewCount = await countReviews(db, sources);
  const rows = await findManyByIds(sourceVersionIds, async (ids) => {
    await letOthersIn();
    return db.review.findMany({ where: { sourceVersionId: { in: ids }, translationVersion: { languageCode: lang } }, select: REVIEW_FIELDS });
  });
  const byParagraph = new Map<string, ReviewRow[]>();
  for (const row of rows) {
    const paragraphId = row.translationVersion.paragraphId;
    const reviews = byParagraph.get(paragraphId);
    if (reviews) reviews.push(row);
    else byParagraph.set(paragraphId, [row]);
  }
  const carried = targets.flatMap((target) => {
    const review = carriedReview(byParagraph.get(target.paragraphId) ?? [], target);
    return review ? [{ id: randomUUID(), ...review.data }] : [];
  });
  return { sources, reviewCount, carried: carried.length ? jsonRows(carried, CARRIED_COLUMNS) : null };
}

/**
 * Inside the new versions' transaction: inserts the planned carried approvals, two statements
 * whatever their number. False, writing nothing, when someone reviewed a translation of one of
 * those English versions since the plan was made (reviews are only ever added, so a count tells;
 * the count takes in every language, which only an index answers): the plan is then out of date
 * and is made again.
 */
export async function writeCarriedApprovals(tx: Tx, plan: CarryPlan, createdAt: Date): Promise<boolean> {
  if ((await countReviews(tx, plan.sources)) !== plan.reviewCount) return false;
  if (plan.carried === null) return true;
  await tx.$executeRaw`
    INSERT INTO "Review" ("id", "translationVersionId", "sourceVersionId", "reviewerId", "decision", "overrideReason", "carriedFromReviewId", "createdAt")
    SELECT rows."id", rows."translationVersionId", rows."sourceVersionId", rows."reviewerId", rows."decision", rows."overrideReason", rows."carriedFromReviewId", ${timestampParam(createdAt)}
    FROM ${plan.carried}`;
  return true;
}

async function countReviews(db: Db | Tx, sources: Prisma.Sql): Promise<number> {
  const [{ count }] = await db.$queryRaw<Array<{ count: number | bigint }>>`
    SELECT COUNT(*) AS "count" FROM "Review" WHERE "sourceVersionId" IN (SELECT rows."id" FROM ${sources})`;
  return Number(count);
}

const CARRIED_COLUMNS = {
  id: 'text',
  translationVersionId: 'text',
  sourceVersionId: 'text',
  reviewerId: 'text',
  decision: 'text',
  overrideReason: 'text',
  carriedFromReviewId: 'text',
} as const;
