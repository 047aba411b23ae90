// The API's one error answer, `{ error, message }`, with the fields some operations add to it.
// Every field an error can carry is listed, so an undocumented one fails the OpenAPI e2e check.
import { z } from 'zod';
import { ErrorCode } from './common';
import { QaIssue } from './qa';
import { named } from './registry';
import { SourceVersion, TranslationVersion, type TranslationVersionJson } from './versions';
import type { QaIssue as QaFinding } from '../qa';

export const ApiError = named(
  'Error',
  z.object({
    error: ErrorCode,
    message: z.string().meta({ description: 'Safe to show a person. On a 5xx only a generic sentence with the request id.' }),
    requestId: z.string().optional().meta({ description: 'On a 5xx: names the failure in the server log; quote it when reporting the problem.' }),
    reason: z
      .string()
      .optional()
      .meta({ description: 'Creating or updating a document from an article: why it was refused (`empty_article`, `article_too_large`, `slug_taken` …).' }),
    limit: z.int().optional().meta({ description: 'With `reason`: the limit that was exceeded.' }),
    count: z.int().optional().meta({ description: 'With `too_many_paragraphs`: how many the article has.' }),
    position: z.int().optional().meta({ description: 'With `paragraph_too_long`: the paragraph.' }),
    languages: z.array(z.string()).optional().meta({ description: 'With `unknown_language`: the codes that do not exist.' }),
    slug: z.string().optional().meta({ description: 'With `slug_taken`: the slug.' }),
    line: z.int().optional().meta({ description: 'For a bad XLIFF file: the line of the problem, where known.' }),
    column: z.int().optional(),
    current: z
      .union([TranslationVersion, SourceVersion])
      .optional()
      .meta({ description: 'On a 409 for a save: the version that is now current (a TranslationVersion, or a SourceVersion for the English).' }),
    currentVersionId: z.string().optional().meta({ description: 'On a 409 for a review: the version that is now current.' }),
    currentRevision: z.int().optional().meta({ description: 'On a 409 for an update of the English: the document’s source revision now.' }),
    checks: z.array(QaIssue).optional().meta({ description: 'On a 409 for an approval: the quality-check errors that block it.' }),
    notApproved: z.array(z.int()).optional().meta({ description: 'On a 409 for publishing: the positions of the paragraphs not approved.' }),
  }),
  'Every error: `error` is the code (400 invalid_input, 401 not_signed_in, 403 forbidden, 404 not_found, 409 conflict, 413 too_large, 429 too_many_requests, 500 internal, 502 upstream_failed: a service Redline calls, such as machine translation, failed).',
);
export type ApiError = z.infer<typeof ApiError>;

/** An error answer as the browser reads it. */
export type ApiErrorJson = Omit<ApiError, 'error' | 'checks' | 'current'> & {
  /** A code of the API's; a newer server may send one this client does not know. */
  error: string;
  /** On a 409 for a save of a translation: the version that is now current. */
  current?: TranslationVersionJson;
  /** On a 409 for an approval: the quality-check errors that block it. */
  checks?: QaFinding[];
};
