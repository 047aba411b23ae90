// The status of a paragraph's translation into one language, derived from its versions and
// reviews (DESIGN.md, "Status"). Nothing stores a status: this function is the only rule.

export const TRANSLATION_STATUSES = ['untranslated', 'in_review', 'approved', 'rejected', 'outdated'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];


export type ReviewFacts = { decision: 'approved' | 'rejected'; sourceVersionId: string; createdAt: Date };

export type StatusFacts = {
  /** The current (highest-numbered) translation version, or null when there is none. */
  current: { sourceVersionId: string; reviews: ReviewFacts[] } | null;
  /** The paragraph's current source version. */
  currentSourceVersionId: string;
};

export function deriveStatus({ current, currentSourceVersionId }: StatusFacts): TranslationStatus {
  if (!current) return 'untranslated';
  const latestReview = [...current.reviews].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (latestReview?.decision === 'rejected') return 'rejected';
  const approvedForCurrentSource = current.reviews.some(
    (review) => review.decision === 'approved' && review.sourceVersionId === currentSourceVersionId,
  );
  if (approvedForCurrentSource) return 'approved';
  // Approved or waiting for review, but the English has changed since the translator saw it.
  if (current.sourceVersionId !== currentSourceVersionId || latestReview) return 'outdated';
  return 'in_review';
}

export function emptyStatusCounts(): Record<TranslationStatus, number> {
  return { untranslated: 0, in_review: 0, approved: 0, rejected: 0, outdated: 0 };
}
