// Which paragraphs wait for an editor's decision, why, and what each card compares. Pure: the
// review queue's service, its view and their tests use it.
import type { TranslationStatus } from './paragraph-status';
import type { QaIssue } from './qa/messages';

export type QueueReason = 'new' | 'changed' | 'outdated' | 'revised after rejection';

export type QueueFacts = {
  status: TranslationStatus;
  /** An earlier version of this paragraph was approved. */
  approvedBefore: boolean;
  /** The newest decision on an earlier version was a rejection: the current one is a revision. */
  revisesRejection: boolean;
};

/** The reasons a paragraph is in the queue; empty when it waits for nobody or for the translator. */
export function queueReasons({ status, approvedBefore, revisesRejection }: QueueFacts): QueueReason[] {
  if (status === 'outdated') return ['outdated'];
  if (status !== 'in_review') return [];
  const reasons: QueueReason[] = [approvedBefore ? 'changed' : 'new'];
  if (revisesRejection) reasons.push('revised after rejection');
  return reasons;
}

/** The locale key of each reason's label (locales/*.json, `queue.reason.*`). */
export const REASON_KEYS: Record<QueueReason, string> = {
  new: 'queue.reason.new',
  changed: 'queue.reason.changed',
  outdated: 'queue.reason.outdated',
  'revised after rejection': 'queue.reason.revisedAfterRejection',
};

/** A version of the paragraph in the queue's language with the decisions on it. */
export type ReviewedVersion = {
  id: string;
  number: number;
  text: string;
  reviews: Array<{ decision: string; sourceVersionId: string; createdAt: Date; comment: string | null; reviewer: string }>;
};

/** What a card's redline compares the current text with. */
export type RedlineBasis =
  /** Nothing was ever decided: the whole text is new. */
  | { kind: 'new' }
  /** The newest decision was an approval (of this version or an earlier one), for `sourceVersionId`. */
  | { kind: 'approved'; versionNumber: number; text: string; sourceVersionId: string }
  /**
   * The newest decision on an earlier version was a rejection: the editor wants to see how the
   * translator answered it. `approved` is the last approved version, when there is one.
   */
  | { kind: 'rejected'; versionNumber: number; text: string; comment: string; reviewer: string; approved: { versionNumber: number; text: string } | null };

/** The basis of a card from the paragraph's versions, newest (the current one) first. */
export function redlineBasis(versions: ReviewedVersion[]): RedlineBasis {
  const newest = (version: ReviewedVersion, decision?: string) =>
    version.reviews.filter((review) => !decision || review.decision === decision).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const approvedVersion = versions.find((version) => newest(version, 'approved'));
  const approval = approvedVersion && newest(approvedVersion, 'approved');
  const rejectedVersion = versions.slice(1).find((version) => {
    const last = newest(version);
    return last?.decision === 'rejected' && (!approval || last.createdAt > approval.createdAt);
  });
  if (rejectedVersion) {
    const rejection = newest(rejectedVersion)!;
    return {
      kind: 'rejected',
      versionNumber: rejectedVersion.number,
      text: rejectedVersion.text,
      comment: rejection.comment ?? '',
      reviewer: rejection.reviewer,
      approved: approvedVersion ? { versionNumber: approvedVersion.number, text: approvedVersion.text } : null,
    };
  }
  if (approvedVersion && approval) {
    return { kind: 'approved', versionNumber: approvedVersion.number, text: approvedVersion.text, sourceVersionId: approval.sourceVersionId };
  }
  return { kind: 'new' };
}

/**
 * The English to show the change from, as a source version id, or null when the English is the
 * one the editor last decided on: the English the current version translates when it is older,
 * else the English the last approval was given for when that is older.
 */
export function englishBaseline({
  currentSourceVersionId,
  translatedSourceVersionId,
  basis,
}: {
  currentSourceVersionId: string;
  translatedSourceVersionId: string;
  basis: RedlineBasis;
}): string | null {
  if (translatedSourceVersionId !== currentSourceVersionId) return translatedSourceVersionId;
  if (basis.kind === 'approved' && basis.sourceVersionId !== currentSourceVersionId) return basis.sourceVersionId;
  return null;
}

/** One card of the queue, as the server hands it to the browser. */
export type QueueItem = {
  paragraphId: string;
  position: number;
  versionId: string;
  versionNumber: number;
  author: string;
  text: string;
  reasons: QueueReason[];
  openThreads: number;
  /** The current English, and the English to show its change from (see englishBaseline). */
  source: { text: string; before: string | null };
  basis: RedlineBasis;
  /** The quality checks' findings on the current text, as the workbench shows them. */
  checks: QaIssue[];
  /** When the current version started from a machine translation suggestion: its service (DeepL). */
  machineProvider: string | null;
};
