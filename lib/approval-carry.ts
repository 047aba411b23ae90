// When a new translation version keeps an earlier approval: its text is exactly the text of the
// version whose approval is current for the paragraph's current English. Pure: the service that
// saves versions feeds it the reviews, and its tests state the rule case by case.

/** One review of a version of the paragraph in this language, given against the current English. */
export type ReviewForCarry = {
  id: string;
  decision: 'approved' | 'rejected' | string;
  createdAt: Date;
  /** Set when the review itself carried an approval over: the editor's review it carried. */
  carriedFromReviewId: string | null;
  versionId: string;
  versionNumber: number;
  /** The reviewed version's text. */
  text: string;
};

/**
 * The approval a new version with `text` carries over, or null. Only the newest approval for the
 * current English counts (an editor who approved another text since chose that one), and only
 * while no later review rejected the same text (the editor took it back). The result names the
 * editor's own review, never a carried one, so History can say which decision it was.
 */
export function approvalToCarry(reviews: ReviewForCarry[], text: string): ReviewForCarry | null {
  const newestFirst = [...reviews].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const approval = newestFirst.find((review) => review.decision === 'approved');
  if (!approval || approval.text !== text) return null;
  const takenBack = newestFirst.some((review) => review.decision === 'rejected' && review.text === text && review.createdAt > approval.createdAt);
  if (takenBack) return null;
  if (approval.carriedFromReviewId === null) return approval;
  return reviews.find((review) => review.id === approval.carriedFromReviewId) ?? null;
}
