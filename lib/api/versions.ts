// The versions of a paragraph: its translation into one language (listed with their reviews,
// saved with a base version), its English (corrected by editors), and the word diff of two.
import { z } from 'zod';
import { WordDiffPart } from './document-source';
import { Id, ParagraphId, ParagraphLangParams, Timestamp } from './common';
import { defineOperation } from './operation';
import { QaIssue } from './qa';
import { named } from './registry';
import type { QaIssue as QaFinding } from '../qa';

/** The most a save's body may hold; the text's own limit (20,000 characters) is the service's, a 413. */
const SAVE_BODY_LIMIT = 256 * 1024;

export const TranslationVersion = named(
  'TranslationVersion',
  z.object({
    versionId: z.string(),
    number: z.int().meta({ description: 'From 1, per paragraph and language.' }),
    text: z.string(),
    author: z.object({ name: z.string(), email: z.string() }),
    createdAt: Timestamp,
    baseVersionId: z.string().nullable().meta({ description: 'The version it was saved on; null for the first.' }),
    sourceVersionId: z.string().meta({ description: 'The English it translates.' }),
    revertOfVersionId: z
      .string()
      .nullable()
      .meta({ description: 'When the version is a revert: the older version of the same paragraph and language whose text it restores.' }),
    machineProvider: z
      .string()
      .nullable()
      .meta({ description: 'When the translator started from a machine translation suggestion: its service (DeepL). Null otherwise.' }),
  }),
  'A version of a paragraph’s translation into one language.',
);
export type TranslationVersion = z.infer<typeof TranslationVersion>;

export const CarriedApproval = named(
  'CarriedApproval',
  z.object({ versionId: z.string(), versionNumber: z.int(), reviewer: z.string() }),
  'The earlier approval a version keeps: the version it was given on, and its reviewer.',
);
export type CarriedApproval = z.infer<typeof CarriedApproval>;

export const SavedTranslationVersion = named(
  'SavedTranslationVersion',
  TranslationVersion.extend({
    checks: z.array(QaIssue).meta({ description: 'The quality checks of the saved text.' }),
    carriedApproval: CarriedApproval.optional().meta({
      description:
        'When the text is exactly the text approved for the current English: the new version is approved by that earlier review (no new decision is needed). Absent otherwise.',
    }),
  }),
  'The answer of a save: the version, with the quality checks of its text.',
);

export const VersionReview = named(
  'VersionReview',
  z.object({
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().nullable(),
    reviewer: z.string(),
    createdAt: Timestamp,
    sourceVersionId: z.string().meta({ description: 'The English the decision was made on.' }),
    carriedFrom: z
      .object({ versionId: z.string(), versionNumber: z.int(), approvedAt: Timestamp })
      .nullable()
      .meta({
        description:
          'Not a new decision: this version has exactly the text of an earlier version approved for the same English, and that approval (by `reviewer`) holds for it. Null for an editor’s own decision.',
      }),
  }),
  'The latest review of a version.',
);
export type VersionReview = z.infer<typeof VersionReview>;

export const VersionWithReview = named(
  'VersionWithReview',
  TranslationVersion.extend({ review: VersionReview.nullable().meta({ description: 'Its latest review; null when none.' }) }),
);
export type VersionWithReview = z.infer<typeof VersionWithReview>;

export const SourceVersion = named(
  'SourceVersion',
  z.object({
    versionId: z.string(),
    number: z.int(),
    text: z.string(),
    author: z.string().nullable().meta({ description: 'Who wrote it; null for the imported English.' }),
    createdAt: Timestamp,
  }),
  'A version of a paragraph’s English.',
);
export type SourceVersion = z.infer<typeof SourceVersion>;

export const Diff = named(
  'Diff',
  z.object({
    granularity: z.enum(['word', 'sentence', 'whole']).meta({ description: 'Word by word; by sentence or as a whole when the texts differ too much.' }),
    changes: z.array(WordDiffPart),
  }),
);
export type Diff = z.infer<typeof Diff>;

export const SaveTranslationInput = z.strictObject({
  text: z.string().max(SAVE_BODY_LIMIT).meta({ description: 'The whole text, at most 20,000 characters (a longer one is a 413).' }),
  baseVersionId: Id.nullable().meta({ description: 'The version the text was edited from; null when the paragraph is untranslated.' }),
  clear: z.boolean().optional().meta({ description: 'Required (true) to save an empty text.' }),
  revertOfVersionId: Id.optional().meta({ description: 'Marks the save as a revert: a version of this paragraph and language whose text this text is.' }),
  machineTranslationId: Id.optional().meta({
    description: 'The machine translation suggestion (GET …/machine) the text started from, for this paragraph and language; the version then says so.',
  }),
});
export type SaveTranslationInput = z.infer<typeof SaveTranslationInput>;

export const listTranslationVersionsOperation = defineOperation({
  method: 'get',
  path: '/api/paragraphs/{id}/translations/{lang}/versions',
  operationId: 'listTranslationVersions',
  summary: 'A paragraph’s versions in one language',
  tags: ['Translations'],
  params: ParagraphLangParams,
  responses: {
    200: { description: 'Every version, newest first, each with its review.', schema: z.array(VersionWithReview) },
    404: { description: 'The paragraph or the language does not exist.' },
  },
});

export const saveTranslationVersionOperation = defineOperation({
  method: 'post',
  path: '/api/paragraphs/{id}/translations/{lang}/versions',
  operationId: 'saveTranslationVersion',
  summary: 'Save a translation as a new version',
  description:
    'Names the version it started from (`baseVersionId`, null when untranslated). A text equal to the current one creates nothing (200). An empty text needs `"clear": true`. A revert names the older version it restores (`revertOfVersionId`); the text must be that version\'s text. A text that started from a machine translation suggestion names it (`machineTranslationId`); it is recorded, never approved by it. A text exactly equal to the version approved for the current English (after an edit, or a revert) is created approved by that earlier review: the answer says so in `carriedApproval`.',
  tags: ['Translations'],
  params: ParagraphLangParams,
  body: { json: SaveTranslationInput, maxBytes: SAVE_BODY_LIMIT, example: { text: 'Mindestens acht Menschen starben.', baseVersionId: null } },
  responses: {
    200: { description: 'The text equals the current version: nothing was created.', schema: SavedTranslationVersion },
    201: { description: 'Saved as a new version.', schema: SavedTranslationVersion },
    400: {
      description:
        'A missing field, a control character, an empty text without clear, a revertOfVersionId that is not an older version of this paragraph and language with this text, a machineTranslationId that is not a suggestion for this paragraph and language.',
    },
    403: { description: 'You do not translate into this language.' },
    404: { description: 'The paragraph or the language does not exist.' },
    409: { description: 'Someone saved after your base version; `current` is their version.' },
    413: { description: 'The text is longer than 20,000 characters, or the body larger than 256 KB.' },
  },
});

export const SourceTextInput = z.strictObject({
  text: z.string().max(SAVE_BODY_LIMIT).meta({ description: 'The paragraph’s new English, at most 20,000 characters (a longer one is a 413).' }),
  baseVersionId: Id.meta({ description: 'The source version the text was edited from.' }),
});

export const updateSourceTextOperation = defineOperation({
  method: 'post',
  path: '/api/paragraphs/{id}/source-versions',
  operationId: 'updateSourceText',
  summary: 'Correct the English of a paragraph',
  description: 'Editors only. Translations of the old English become outdated.',
  tags: ['Reviews'],
  params: z.object({ id: ParagraphId }),
  body: { json: SourceTextInput, maxBytes: SAVE_BODY_LIMIT, example: { text: 'At least nine people died.', baseVersionId: 'cm9x0source0000001' } },
  responses: {
    200: { description: 'The text equals the current English: nothing was created.', schema: SourceVersion },
    201: { description: 'Saved as a new source version.', schema: SourceVersion },
    400: { description: 'A missing field or bad text.' },
    403: { description: 'Not an editor.' },
    404: { description: 'The paragraph does not exist.' },
    409: { description: 'The English changed after your base version; `current` is the current one.' },
  },
});

export const getVersionDiffOperation = defineOperation({
  method: 'get',
  path: '/api/diff',
  operationId: 'getVersionDiff',
  summary: 'Word diff between two versions',
  description: 'Two translation versions of one paragraph and language, or two source versions.',
  tags: ['Translations'],
  query: z.object({
    from: Id.meta({ description: 'The older version id.', examples: ['cm9x0version000001'] }),
    to: Id.meta({ description: 'The newer version id.', examples: ['cm9x0version000002'] }),
  }),
  responses: {
    200: { description: 'The changes, word by word.', schema: Diff },
    400: { description: 'A missing version, or versions of different paragraphs.' },
    404: { description: 'A version does not exist.' },
  },
});

export const versionOperations = [listTranslationVersionsOperation, saveTranslationVersionOperation, updateSourceTextOperation, getVersionDiffOperation];

/** The earlier approval a version keeps: the version it was given on, and its reviewer. */
export type CarriedApprovalJson = CarriedApproval;

/**
 * A version of a paragraph's translation. On a save's answer it also has the quality checks of
 * the saved text (`checks`, each with its `code` and `params`, which the interface words in its
 * language) and, when the text is exactly the text approved for the current English, the approval
 * it keeps (`carriedApproval`; GET .../versions shows it as `review.carriedFrom`).
 */
export type TranslationVersionJson = TranslationVersion & { checks?: QaFinding[]; carriedApproval?: CarriedApprovalJson };

export type ReviewJson = VersionReview;

export type VersionWithReviewJson = VersionWithReview;
