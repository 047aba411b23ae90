import 'server-only';
// How many paragraphs of a document one language has in each status, for the workbench's status
// bar and review-queue link. Reads each paragraph's current source version, its current
// translation version and that version's reviews, nothing older and never a text: a
// 2,000-paragraph story counts from 2,000 rows instead of its 10,000 versions, and the
// workbench then loads texts for the 100 paragraphs on screen only.
import { deriveStatus, emptyStatusCounts, type ReviewFacts, type TranslationStatus } from '../../paragraph-status';
import { needsWork as needsWorkStatus } from '../../workbench-find';
import type { Db, Tx } from '../db';

export type StatusSummary = {
  paragraphs: number;
  counts: Record<TranslationStatus, number>;
  /** The positions of the paragraphs that need work (untranslated, outdated, rejected), in order. */
  needsWork: number[];
};

/** One row per paragraph and review of its current version (one with nulls when there is none). */
type Row = {
  paragraphId: string;
  position: number;
  currentSourceVersionId: string | null;
  versionId: string | null;
  versionSourceVersionId: string | null;
  decision: string | null;
  reviewSourceVersionId: string | null;
  /** A Date on PostgreSQL, the stored ISO text on SQLite. */
  reviewedAt: Date | string | null;
};

export async function countParagraphStatuses(db: Db | Tx, documentId: string, languageCode: string): Promise<StatusSummary> {
  // "Current" is the highest number, picked by the database through the unique (and covering)
  // indexes: Prisma's query API cannot say "the newest version of each paragraph" without
  // fetching all of them. Plain SQL that SQLite and PostgreSQL both read (quoted identifiers).
  const rows = await db.$queryRaw<Row[]>`
    SELECT p."id" AS "paragraphId", p."position" AS "position",
      (SELECT sv."id" FROM "SourceVersion" sv WHERE sv."paragraphId" = p."id" ORDER BY sv."number" DESC LIMIT 1) AS "currentSourceVersionId",
      tv."id" AS "versionId", tv."sourceVersionId" AS "versionSourceVersionId",
      r."decision" AS "decision", r."sourceVersionId" AS "reviewSourceVersionId", r."createdAt" AS "reviewedAt"
    FROM "Paragraph" p
    LEFT JOIN "TranslationVersion" tv ON tv."paragraphId" = p."id" AND tv."languageCode" = ${languageCode}
      AND tv."number" = (SELECT MAX(x."number") FROM "TranslationVersion" x WHERE x."paragraphId" = p."id" AND x."languageCode" = ${languageCode})
    LEFT JOIN "Review" r ON r."translationVersionId" = tv."id"
    WHERE p."documentId" = ${documentId} AND p."removedAt" IS NULL`;

  type Facts = { position: number; currentSourceVersionId: string; current: { sourceVersionId: string; reviews: ReviewFacts[] } | null };
  const paragraphs = new Map<string, Facts>();
  for (const row of rows) {
    // Every paragraph has a source version; one without would not be shown, so it is not counted.
    if (!row.currentSourceVersionId) continue;
    let facts = paragraphs.get(row.paragraphId);
    if (!facts) {
      facts = {
        position: Number(row.position),
        currentSourceVersionId: row.currentSourceVersionId,
        current: row.versionId && row.versionSourceVersionId ? { sourceVersionId: row.versionSourceVersionId, reviews: [] } : null,
      };
      paragraphs.set(row.paragraphId, facts);
    }
    if (facts.current && row.decision && row.reviewSourceVersionId && row.reviewedAt !== null) {
      facts.current.reviews.push({
        decision: row.decision as ReviewFacts['decision'],
        sourceVersionId: row.reviewSourceVersionId,
        createdAt: new Date(row.reviewedAt),
      });
    }
  }

  const counts = emptyStatusCounts();
  const needsWork: number[] = [];
  for (const facts of paragraphs.values()) {
    const status = deriveStatus(facts);
    counts[status] += 1;
    if (needsWorkStatus(status)) needsWork.push(facts.position);
  }
  return { paragraphs: paragraphs.size, counts, needsWork: needsWork.sort((a, b) => a - b) };
}
