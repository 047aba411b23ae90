import 'server-only';
// Inserts a translation version. When its text is exactly the approved text for the current
// English, the version is approved by that earlier review: the version and the review carrying
// the approval are written in one transaction (lib/server/reviews/carry-approval.ts). Any other
// save is the single INSERT it always was.
import type { CarriedApprovalJson } from '../../api/versions';
import type { Db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { carryApproval, mayCarryApproval } from '../reviews/carry-approval';
import { writeTransaction } from '../write-transaction';
import { versionColumns } from './translation-version-json';

/** The row as the INSERT takes it, so a column added to versions needs no change here. */
export type NewTranslationVersion = Prisma.TranslationVersionUncheckedCreateInput;

/** The new version's own columns, and the approval it kept (null when it needs a review). */
export async function createTranslationVersion(db: Db, data: NewTranslationVersion) {
  const target = { paragraphId: data.paragraphId, lang: data.languageCode, sourceVersionId: data.sourceVersionId, text: data.text };
  if (!(await mayCarryApproval(db, target))) {
    const row = await db.translationVersion.create({ data, select: versionColumns });
    return { row, carriedApproval: null as CarriedApprovalJson | null };
  }
  // A unique-index failure (someone saved from the same base first) leaves the transaction and
  // reaches the caller as it would from the plain INSERT.
  return writeTransaction(db, async (tx) => {
    const row = await tx.translationVersion.create({ data, select: versionColumns });
    const carriedApproval = await carryApproval(tx, { ...target, versionId: row.id });
    return { row, carriedApproval };
  });
}
