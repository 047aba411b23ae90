// Reviews: editors approve or reject the current version of a paragraph's translation (quality
// errors block an approval unless overridden with a reason), and publish a language as an edition.
import { z } from 'zod';
import { DocumentLangQuery, Id, SlugParams, Timestamp } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

export const Review = named(
  'Review',
  z.object({
    reviewId: z.string(),
    versionId: z.string(),
    sourceVersionId: z.string().meta({ description: 'The English the decision was made on.' }),
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().nullable(),
    reviewer: z.string(),
    createdAt: Timestamp,
  }),
  'An editor’s decision on a version.',
);
export type Review = z.infer<typeof Review>;

const VersionParams = z.object({ versionId: Id.meta({ description: 'A translation version id.', examples: ['cm9x0version000001'] }) });

// The comment's own limit (2,000 characters once normalized, a 413) is the service's.
const ReviewText = z.string().max(10_000);

export const approveVersionOperation = defineOperation({
  method: 'post',
  path: '/api/translation-versions/{versionId}/approve',
  operationId: 'approveVersion',
  summary: 'Approve a version',
  description: 'Editors only; the version must be the current one. The body may be left out.',
  tags: ['Reviews'],
  params: VersionParams,
  body: {
    json: z.strictObject({
      comment: ReviewText.nullable().optional(),
      overrideReason: ReviewText.nullable().optional().meta({ description: 'Why blocking quality checks are overridden.' }),
    }),
    optional: true,
    maxBytes: 64 * 1024,
  },
  responses: {
    200: { description: 'Already approved: the existing review.', schema: Review },
    201: { description: 'Approved.', schema: Review },
    403: { description: 'Not an editor.' },
    404: { description: 'The version does not exist.' },
    409: {
      description:
        'The version is no longer the current one (`currentVersionId`); or quality checks report errors and no `overrideReason` was given (`checks` lists them, `message` says it in English).',
    },
    413: { description: `The comment or override reason is longer than 2,000 characters, or the body larger than 64 KB.` },
  },
});

export const rejectVersionOperation = defineOperation({
  method: 'post',
  path: '/api/translation-versions/{versionId}/reject',
  operationId: 'rejectVersion',
  summary: 'Reject a version, with a comment',
  tags: ['Reviews'],
  params: VersionParams,
  body: { json: z.strictObject({ comment: ReviewText }), maxBytes: 64 * 1024, example: { comment: 'Keep the quotation marks.' } },
  responses: {
    200: { description: 'Already rejected: the existing review.', schema: Review },
    201: { description: 'Rejected.', schema: Review },
    400: { description: 'No comment.' },
    403: { description: 'Not an editor.' },
    404: { description: 'The version does not exist.' },
    409: { description: 'The version is no longer the current one (`currentVersionId`).' },
    413: { description: `The comment is longer than 2,000 characters, or the body larger than 64 KB.` },
  },
});

export const EditionSummary = named(
  'EditionSummary',
  z.object({ number: z.int(), createdAt: Timestamp, publishedBy: z.string(), paragraphCount: z.int() }),
  'A published edition of one language of a document.',
);
export type EditionSummary = z.infer<typeof EditionSummary>;

export const PublishedEdition = named('PublishedEdition', z.object({ number: z.int(), createdAt: Timestamp, paragraphs: z.int() }), 'The edition just published.');
export type PublishedEdition = z.infer<typeof PublishedEdition>;

export const listEditionsOperation = defineOperation({
  method: 'get',
  path: '/api/documents/{slug}/editions',
  operationId: 'listEditions',
  summary: 'Published editions of a language',
  tags: ['Reviews'],
  params: SlugParams,
  query: DocumentLangQuery,
  responses: {
    200: { description: 'The editions, newest first.', schema: z.array(EditionSummary) },
    404: { description: 'The document or the language does not exist.' },
  },
});

export const publishEditionOperation = defineOperation({
  method: 'post',
  path: '/api/documents/{slug}/editions',
  operationId: 'publishEdition',
  summary: 'Publish an edition',
  description: 'Editors only. Snapshots the approved text of every paragraph; every paragraph must be approved.',
  tags: ['Reviews'],
  params: SlugParams,
  query: DocumentLangQuery,
  responses: {
    201: { description: 'Published.', schema: PublishedEdition },
    403: { description: 'Not an editor.' },
    404: { description: 'The document or the language does not exist.' },
    409: { description: 'Some paragraphs are not approved (their positions in `notApproved`), or another editor published at the same moment.' },
  },
});

export const reviewOperations = [approveVersionOperation, rejectVersionOperation, listEditionsOperation, publishEditionOperation];
