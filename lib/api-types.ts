// Shapes of the REST API's answers, shared by the server that sends them and the browser code
// that reads them.
import type { TranslationStatus } from './paragraph-status';
import type { QaIssue } from './qa';

export type TranslationVersionJson = {
  versionId: string;
  number: number;
  text: string;
  author: { name: string; email: string };
  createdAt: string;
  baseVersionId: string | null;
  sourceVersionId: string;
  /** When the version is a revert: the older version whose text it restores. */
  revertOfVersionId: string | null;
  /**
   * On a save's answer: the quality checks of the saved text, each with its `code` and `params`
   * (the interface words them in its language) and `message` (English).
   */
  checks?: QaIssue[];
  /**
   * On a save's answer, when the text is exactly the text approved for the current English: the
   * version is approved by that earlier review (GET .../versions shows it as `review.carriedFrom`).
   */
  carriedApproval?: CarriedApprovalJson;
};

/** The earlier approval a version keeps: the version it was given on, and its reviewer. */
export type CarriedApprovalJson = { versionId: string; versionNumber: number; reviewer: string };

export type ReviewJson = {
  decision: 'approved' | 'rejected' | string;
  comment: string | null;
  reviewer: string;
  createdAt: string;
  sourceVersionId: string;
  /** Not a new decision: the approval of an earlier version with the same text, carried over. */
  carriedFrom?: { versionId: string; versionNumber: number; approvedAt: string } | null;
};

export type VersionWithReviewJson = TranslationVersionJson & { review: ReviewJson | null };

export type ApiErrorJson = {
  error: string;
  message: string;
  current?: TranslationVersionJson;
  /** On a 409 for an approval: the quality-check errors that block it. */
  checks?: QaIssue[];
};

export type { TranslationStatus };
