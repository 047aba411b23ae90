// The API of a document's English as a whole: a CMS (or the workbench's "Update English") sends
// the next version of the story, which is lined up with the current paragraphs and applied.
import { z } from 'zod';
import { ARTICLE_FORMATS, MAX_ARTICLE_BYTES } from '../article-import';
import { PARAGRAPH_KINDS } from '../paragraph-kinds';
import { ALIGNMENT_OUTCOMES } from '../source-alignment';
import { DryRun, Slug } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

const count = (what: string) => z.number().int().min(0).meta({ description: what });

export const WordDiffPart = named(
  'WordDiffPart',
  z.object({ value: z.string(), added: z.literal(true).optional(), removed: z.literal(true).optional() }),
  'A piece of a word diff: inserted (`added`), deleted (`removed`) or kept text.',
);

export const SourceUpdateParagraph = named(
  'SourceUpdateParagraph',
  z.object({
    outcome: z.enum(ALIGNMENT_OUTCOMES).meta({
      description:
        '`unchanged` keeps its translations; `changed` gets a new English version (translations read as outdated); `moved` keeps its translations at a new place (and a new English version when its text was edited too); `added` is a new paragraph, untranslated; `removed` leaves the article, keeping its history.',
    }),
    paragraphId: z.string().nullable().meta({ description: 'The paragraph; null for an added one.' }),
    oldPosition: z.number().int().nullable().meta({ description: 'From 1; null for an added paragraph.' }),
    newPosition: z.number().int().nullable().meta({ description: 'From 1; null for a removed paragraph.' }),
    kind: z.enum(PARAGRAPH_KINDS).meta({ description: 'A paragraph that stays keeps its kind; an added one has the importer’s.' }),
    text: z.string().meta({ description: 'The new English; for a removed paragraph, its last English.' }),
    changes: z.array(WordDiffPart).nullable().meta({ description: 'The word diff from the current English, when the text changed.' }),
  }),
);
export type SourceUpdateParagraph = z.infer<typeof SourceUpdateParagraph>;

export const SourceUpdateReport = named(
  'SourceUpdateReport',
  z.object({
    dryRun: z.boolean(),
    unchanged: count('Paragraphs whose English stays as it is, translations untouched.'),
    changed: count('Paragraphs edited in place: a new English version each, their translations outdated.'),
    moved: count('Paragraphs found at another place in the new text, translations kept.'),
    added: count('New paragraphs, untranslated in every language.'),
    removed: count('Paragraphs no longer in the text: out of the article, history kept.'),
    baseRevision: z.number().int().meta({ description: 'The source revision the new text was lined up with.' }),
    revision: z.number().int().meta({ description: 'The source revision now: one more when something changed, the same on a dry run or when nothing did.' }),
    paragraphs: z.array(SourceUpdateParagraph).optional().meta({ description: 'The alignment, in the new text’s order (dry runs only).' }),
  }),
);
export type SourceUpdateReport = z.infer<typeof SourceUpdateReport>;

export const SourceUpdateInput = z.strictObject({
  format: z.enum(ARTICLE_FORMATS).meta({ description: '`text`: one paragraph per line; `markdown`: CommonMark; `html`: as a CMS exports it.' }),
  content: z.string().meta({ description: 'The whole new text of the story, at most 2 MB.' }),
  baseRevision: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'The source revision the text was made from (`sourceRevision` of GET /api/documents/{slug}); when it is no longer current, the update is refused with a 409.' }),
});
export type SourceUpdateInput = z.input<typeof SourceUpdateInput>;

export const updateDocumentSourceOperation = defineOperation({
  method: 'put',
  path: '/api/documents/{slug}/source',
  operationId: 'updateDocumentSource',
  summary: 'Update the English of a whole document',
  description:
    'Editors and admins. The full new text of the story is lined up with the current paragraphs (a sequence alignment on paragraph text, so one inserted paragraph does not turn the rest into changes) and applied in one transaction. `?dryRun=1` answers the alignment paragraph by paragraph, with word diffs, and changes nothing.',
  tags: ['Documents'],
  params: z.object({ slug: Slug }),
  query: z.object({ dryRun: DryRun }),
  body: {
    // JSON escapes can make the body longer than the 2 MB of text it carries; the text itself is measured.
    json: SourceUpdateInput,
    maxBytes: 3 * MAX_ARTICLE_BYTES,
    example: { format: 'text', content: 'Thursday, April 24, 2025\nSuddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side\n…', baseRevision: 3 },
  },
  responses: {
    200: { description: 'What was done (or, on a dry run, would be done).', schema: SourceUpdateReport },
    400: { description: 'An empty text (`reason`: `empty_article`), or another format than text, markdown or html.' },
    403: { description: 'Not an editor or admin.' },
    404: { description: 'There is no such document.' },
    409: { description: 'The English changed since `baseRevision`, or another update from the same revision came first: `currentRevision` names the current one. Nothing was changed.' },
    413: { description: 'Over 2 MB (`reason`: `article_too_large`), over 5,000 paragraphs (`too_many_paragraphs`) or a paragraph over 20,000 characters (`paragraph_too_long`).' },
  },
});

export const documentSourceOperations = [updateDocumentSourceOperation];
