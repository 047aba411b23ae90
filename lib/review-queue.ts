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

export const REASON_LABELS: Record<QueueReason, string> = {
  new: 'New: never approved',
  changed: 'Changed since approval',
  outdated: 'Outdated: the English changed',
  'revised after rejection': 'Revised after rejection',
};
