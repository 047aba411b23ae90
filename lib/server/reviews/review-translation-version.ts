import 'server-only';
// An editor approves or rejects exactly one translation version, read against the paragraph's
// current English. Only the current version can be reviewed: a decision on text that has been
// replaced would approve something nobody will publish.
import { AppError } from '../../app-error';
import { englishT, qaApprovalBlockedText } from '../../qa';
import type { Review } from '../../api/reviews';
import type { Actor } from '../../roles';
import { normalizeParagraphText } from '../../translation-text';
import { requireReviewer } from '../access';
import { getDb } from '../db';
import { announceChange } from '../live/announce-change';
import { checkParagraphText } from '../qa/check-saved-text';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';
import { translationApprovedData } from '../webhooks/translation-approved-data';
import { writeTransaction } from '../write-transaction';
import { requireInArticle } from '../translations/find-paragraph-language';
import { isUniqueViolation } from '../unique-violation';

export const MAX_REVIEW_COMMENT = 2000;

export type ReviewDecision = 'approved' | 'rejected';

export async function reviewTranslationVersion({
  versionId,
  decision,
  comment,
  overrideReason,
  actor,
}: {
  versionId: string;
  decision: ReviewDecision;
  comment?: string | null;
  /** Approving although quality checks report errors needs a reason, which is recorded. */
  overrideReason?: string | null;
  actor: Actor;
}) {
  requireReviewer(actor);
  const text = normalizeComment(comment, decision);
  const db = getDb();
  const version = await db.translationVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      paragraphId: true,
      languageCode: true,
      text: true,
      paragraph: { select: { documentId: true, removedFromPosition: true, sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } } },
    },
  });
  if (!version) throw new AppError('not_found', { message: `There is no translation version ${versionId}.` });
  requireInArticle(version.paragraph);

  const current = await db.translationVersion.findFirst({
    where: { paragraphId: version.paragraphId, languageCode: version.languageCode },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, author: { select: { name: true } } },
  });
  if (current && current.id !== version.id) {
    throw new AppError('conflict', {
      message: `Version ${version.number} is no longer the current one: ${current.author.name} saved version ${current.number} since. Review that one.`,
      details: { currentVersionId: current.id },
    });
  }

  const override = decision === 'approved' ? await requireCleanOrOverridden(version, overrideReason) : null;
  const sourceVersionId = version.paragraph.sourceVersions[0].id;
  const select = { id: true, decision: true, comment: true, createdAt: true, sourceVersionId: true, translationVersionId: true, reviewer: { select: { name: true } } } as const;
  try {
    // A new approval and its webhook event are committed together, or neither is.
    const review = await writeTransaction(db, async (tx) => {
      const created = await tx.review.create({
        data: { translationVersionId: version.id, sourceVersionId, reviewerId: actor.id, decision, comment: text, overrideReason: override },
        select,
      });
      if (decision === 'approved') await enqueueWebhookEvent(tx, { event: 'translation.approved', data: () => translationApprovedData(tx, created.id) });
      return created;
    });
    announceChange({ documentId: version.paragraph.documentId, paragraphId: version.paragraphId, lang: version.languageCode, change: 'review', actor });
    return { created: true as const, review: reviewJson(review) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone made the same decision on the same version and source first: one record, not two.
    const existing = await db.review.findFirstOrThrow({
      where: { translationVersionId: version.id, sourceVersionId, decision },
      select,
    });
    return { created: false as const, review: reviewJson(existing) };
  }
}

/**
 * Quality-check errors block an approval unless the editor gives a reason to override them;
 * the reason is recorded with the approval. Returns the reason to record, or null.
 */
async function requireCleanOrOverridden(
  version: { paragraphId: string; languageCode: string; text: string },
  overrideReason: string | null | undefined,
): Promise<string | null> {
  const errors = (await checkParagraphText(getDb(), { paragraphId: version.paragraphId, lang: version.languageCode, text: version.text })).filter(
    (issue) => issue.severity === 'error',
  );
  if (errors.length === 0) return null;
  const reason = overrideReason ? normalizeParagraphText(overrideReason).trim() : '';
  if (!reason) {
    throw new AppError('conflict', {
      // In English like every API message; `checks` carries each error's code and parameters,
      // from which the interface words the same sentence in its own language.
      message: qaApprovalBlockedText(englishT(), errors),
      details: { checks: errors },
    });
  }
  if (reason.length > MAX_REVIEW_COMMENT) {
    throw new AppError('too_large', { message: `The override reason has ${reason.length} characters; the limit is ${MAX_REVIEW_COMMENT}.` });
  }
  return reason;
}

function normalizeComment(comment: string | null | undefined, decision: ReviewDecision): string | null {
  const text = comment ? normalizeParagraphText(comment).trim() : '';
  if (decision === 'rejected' && !text) {
    throw new AppError('invalid_input', {
      message: 'A rejection needs a comment that tells the translator what to change.',
    });
  }
  if (text.length > MAX_REVIEW_COMMENT) {
    throw new AppError('too_large', { message: `The comment has ${text.length} characters; the limit is ${MAX_REVIEW_COMMENT}.` });
  }
  return text || null;
}

function reviewJson(review: {
  id: string;
  decision: string;
  comment: string | null;
  createdAt: Date;
  sourceVersionId: string;
  translationVersionId: string;
  reviewer: { name: string };
}): Review {
  return {
    reviewId: review.id,
    versionId: review.translationVersionId,
    sourceVersionId: review.sourceVersionId,
    decision: review.decision as ReviewDecision,
    comment: review.comment,
    reviewer: review.reviewer.name,
    createdAt: review.createdAt.toISOString(),
  };
}
