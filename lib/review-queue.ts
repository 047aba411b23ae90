// Which paragraphs wait for an editor's decision, and why. Pure: the review queue and its tests
// use it.
import type { TranslationStatus } from './paragraph-status';

export type QueueReason = 'new' | 'changed' | 'outdated' | 'revised after rejection';

export type QueueFacts = {
  status: TranslationStatus;
  /** An earlier version of this paragraph was approved. */
  approvedBefore: boolean;
  /** The version before the current one was rejected. */
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
