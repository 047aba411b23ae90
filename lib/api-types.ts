// Shapes of the REST API's answers, shared by the server that sends them and the browser code
// that reads them. They are the zod schemas' types (lib/api/), so they cannot drift from what
// the OpenAPI document says; type-only imports keep zod out of the browser's bundles.
import type { z } from 'zod';
import type { ApiError } from './api/errors';
import type { CarriedApproval, TranslationVersion, VersionReview, VersionWithReview } from './api/versions';
import type { TranslationStatus } from './paragraph-status';
import type { QaIssue } from './qa';

/** The earlier approval a version keeps: the version it was given on, and its reviewer. */
export type CarriedApprovalJson = z.infer<typeof CarriedApproval>;

/**
 * A version of a paragraph's translation. On a save's answer it also has the quality checks of
 * the saved text (`checks`, each with its `code` and `params`, which the interface words in its
 * language) and, when the text is exactly the text approved for the current English, the approval
 * it keeps (`carriedApproval`; GET .../versions shows it as `review.carriedFrom`).
 */
export type TranslationVersionJson = z.infer<typeof TranslationVersion> & { checks?: QaIssue[]; carriedApproval?: CarriedApprovalJson };

export type ReviewJson = z.infer<typeof VersionReview>;

export type VersionWithReviewJson = z.infer<typeof VersionWithReview>;

export type ApiErrorJson = Omit<z.infer<typeof ApiError>, 'error' | 'checks' | 'current'> & {
  /** A code of the API's; a newer server may send one this client does not know. */
  error: string;
  /** On a 409 for a save of a translation: the version that is now current. */
  current?: TranslationVersionJson;
  /** On a 409 for an approval: the quality-check errors that block it. */
  checks?: QaIssue[];
};

export type { TranslationStatus };
