// The documents' API: the list (searched, filtered, paged), one document in one language, and a
// new document from an article as plain text, Markdown or HTML.
import { z } from 'zod';
import { ARTICLE_FORMATS, DROP_REASONS, MAX_ARTICLE_BYTES } from '../article-import';
import { DOCUMENT_DEADLINE_FILTERS, DOCUMENT_STATUS_FILTERS, MAX_PER_PAGE, PER_PAGE } from '../document-list-filters';
import { PARAGRAPH_KINDS } from '../paragraph-kinds';
import { TRANSLATION_STATUSES } from '../paragraph-status';
import { MAX_TITLE_LENGTH } from '../new-document';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../slug';
import { DryRun, LanguageCode, Slug, Timestamp } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

export const ParagraphKind = named('ParagraphKind', z.enum(PARAGRAPH_KINDS), 'What a paragraph is in the article; the importer decides, an editor may change it.');

export const TranslationStatus = named(
  'Status',
  z.enum(TRANSLATION_STATUSES),
  'The status of a paragraph’s translation: untranslated (no version), in_review, approved (for the current English), rejected, outdated (the English changed since).',
);

export const StatusCounts = named(
  'StatusCounts',
  z.object(Object.fromEntries(TRANSLATION_STATUSES.map((status) => [status, z.int().min(0)])) as Record<(typeof TRANSLATION_STATUSES)[number], z.ZodInt>),
  'How many paragraphs of one language are in each status.',
);

export const DocumentSummary = named(
  'DocumentSummary',
  z.object({
    slug: z.string(),
    title: z.string(),
    sourceLang: z.string(),
    languages: z.array(z.string()).meta({ description: 'The target languages, by code.' }),
    createdAt: Timestamp,
    deadline: Timestamp.nullable().meta({ description: 'When the translations are due; null when none was set.' }),
    paragraphCount: z.int(),
    progress: z.record(z.string(), StatusCounts).meta({ description: 'Per target language, how many paragraphs are in each status.' }),
  }),
);
export type DocumentSummaryJson = z.infer<typeof DocumentSummary>;

export const DocumentTranslation = named(
  'DocumentTranslation',
  z.object({
    slug: z.string(),
    title: z.string(),
    sourceLang: z.string(),
    sourceRevision: z.int().meta({ description: 'Goes up with every change to the English; send it as `baseRevision` with PUT /api/documents/{slug}/source.' }),
    lang: z.string(),
    deadline: Timestamp.nullable(),
    paragraphs: z.array(
      z.object({
        id: z.string(),
        position: z.int(),
        kind: ParagraphKind,
        source: z.object({ versionId: z.string(), text: z.string() }),
        translation: z
          .object({ versionId: z.string(), text: z.string(), status: TranslationStatus, approvedVersionId: z.string().nullable() })
          .nullable()
          .meta({ description: 'The current translation; null when untranslated.' }),
      }),
    ),
  }),
);
export type DocumentTranslationJson = z.infer<typeof DocumentTranslation>;

export const DroppedPart = named(
  'DroppedPart',
  z.object({
    line: z.int().nullable().meta({ description: 'The line of the article it started on, where the format tells.' }),
    reason: z.enum(DROP_REASONS).meta({
      description:
        '`repeated_headline`: the headline printed a second time; `script`, `style`, `embedded` (iframe, object, video, svg, math …), `template`, `comment`, `image`, `form_control`: HTML that is not article text.',
    }),
    text: z.string().meta({ description: 'Its text, shortened (a script’s code, an image’s alternative text); may be empty.' }),
    element: z.string().optional().meta({ description: 'The HTML element, for the reasons that are one.' }),
  }),
  'A part of the article that did not become a paragraph, and why.',
);

export const NewDocumentInput = z.strictObject({
  title: z.string().max(MAX_TITLE_LENGTH).optional().meta({ description: 'The document’s title; the article’s headline when left out.' }),
  slug: z
    .string()
    .max(MAX_SLUG_LENGTH)
    .optional()
    .meta({ description: `Its name in URLs (${SLUG_PATTERN.source}). Made from the title when left out, with -2, -3 … when taken; a given slug that is taken is a 409.` }),
  format: z.enum(ARTICLE_FORMATS).meta({ description: '`text`: one paragraph per line; `markdown`: CommonMark; `html`: as a CMS exports it.' }),
  // Not bounded here: the article's own limit (2 MB of UTF-8) is checked with a 413 and a reason.
  content: z.string().meta({ description: 'The article, at most 2 MB (UTF-8) and 5,000 paragraphs.' }),
  languages: z.array(LanguageCode).max(100).meta({ description: 'The target languages (at least one); each must exist.' }),
  deadline: z.iso
    .datetime({ offset: true })
    .nullable()
    .optional()
    .meta({ description: 'When the translations are due (ISO 8601 with a time zone).', examples: ['2025-04-24T18:00:00+02:00'] }),
  kinds: z
    .record(z.string().regex(/^[1-9][0-9]{0,3}$/), ParagraphKind)
    .optional()
    .meta({ description: 'Kinds that replace the importer’s, by paragraph position: `{ "3": "subheading" }` (what the preview lets an editor change).' }),
});
export type NewDocumentInput = z.infer<typeof NewDocumentInput>;

export const CreatedDocument = named(
  'CreatedDocument',
  z.object({
    dryRun: z.boolean(),
    slug: z.string().meta({ description: 'In a dry run, the slug it would get now.' }),
    title: z.string(),
    sourceLang: z.string(),
    languages: z.array(z.string()),
    deadline: Timestamp.nullable(),
    paragraphs: z.array(
      z.object({
        id: z.string().nullable().meta({ description: 'null in a dry run.' }),
        position: z.int(),
        kind: ParagraphKind,
        source: z.object({ versionId: z.string().nullable().meta({ description: 'null in a dry run.' }), text: z.string() }),
      }),
    ),
    dropped: z.array(DroppedPart),
  }),
);
export type CreatedDocumentJson = z.infer<typeof CreatedDocument>;

const positiveInteger = (max: number, fallback: number, description: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]*$/, 'A whole number from 1.')
    .optional()
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .refine((value) => value <= max, `At most ${max}.`)
    .meta({ description });

export const DocumentListQuery = z.object({
  q: z.string().max(200).optional().meta({ description: 'Only documents whose title contains these characters (any case).', examples: ['Trump'] }),
  status: z
    .enum(DOCUMENT_STATUS_FILTERS)
    .optional()
    .meta({
      description:
        'Only documents with a language in this state. A language *needs translation* while any paragraph is untranslated, outdated or rejected; otherwise it is *in review* while any paragraph waits for review; otherwise it is *approved* (every paragraph). With `lang`, that language; without, any of the document’s languages.',
    }),
  lang: LanguageCode.optional().meta({ description: 'Only documents translated into this language (and, with `status`, the state of this language).', examples: ['de'] }),
  deadline: z
    .enum(DOCUMENT_DEADLINE_FILTERS)
    .optional()
    .meta({ description: '`overdue`: the deadline has passed; `24h`: due within 24 hours; `week`: due within 7 days; `none`: no deadline.' }),
  page: positiveInteger(1_000_000, 1, 'The page, from 1 (newest first).'),
  perPage: positiveInteger(MAX_PER_PAGE, PER_PAGE, `Documents a page, at most ${MAX_PER_PAGE}; ${PER_PAGE} when left out.`),
});
export type DocumentListQuery = z.output<typeof DocumentListQuery>;

export const listDocumentsOperation = defineOperation({
  method: 'get',
  path: '/api/documents',
  operationId: 'listDocuments',
  summary: 'List documents',
  description: `Documents newest first, with their target languages, deadline and, per language, how many paragraphs are in each status; searched by title and filtered by language state and deadline. Paged: \`perPage\` documents a page (${PER_PAGE} unless given, at most ${MAX_PER_PAGE}), \`page\` from 1. The answer is the page's array; the header \`X-Total-Count\` says how many documents match, and \`Link\` gives the \`first\`, \`prev\`, \`next\` and \`last\` pages' URLs (RFC 8288; \`next\` is missing on the last page). A page past the last is an empty array.`,
  tags: ['Documents'],
  query: DocumentListQuery,
  responses: {
    200: {
      description: 'One page of documents, newest first.',
      schema: z.array(DocumentSummary),
      headers: {
        'X-Total-Count': { description: 'How many documents match, on all pages.', schema: { type: 'integer' } },
        Link: { description: 'The first, prev, next and last pages (RFC 8288).', schema: { type: 'string' } },
      },
    },
  },
});

export const getDocumentTranslationOperation = defineOperation({
  method: 'get',
  path: '/api/documents/{slug}',
  operationId: 'getDocumentTranslation',
  summary: 'A document in one language',
  description: 'Every paragraph in reading order with its current English and its current translation and status.',
  tags: ['Documents'],
  params: z.object({ slug: Slug }),
  query: z.object({ lang: LanguageCode.meta({ description: 'A target language of the document.', examples: ['de'] }) }),
  responses: {
    200: { description: 'The document in that language.', schema: DocumentTranslation },
    404: { description: 'The document or the language does not exist.' },
  },
});

export const createDocumentOperation = defineOperation({
  method: 'post',
  path: '/api/documents',
  operationId: 'createDocument',
  summary: 'Create a document from an article',
  description:
    'Editors and admins. The article (plain text, Markdown or HTML as a CMS exports it) becomes paragraphs with kinds; HTML is reduced to its text (scripts, styles, comments and attributes are never stored) and what was left out is listed in `dropped`. Everything is written in one transaction, or nothing. `?dryRun=1` answers the same without creating anything (the preview): `id` and `versionId` are null and `slug` is the one it would get now. Refusals carry a `reason` besides `error` and `message`: `empty_article` (400), `article_too_large`, `too_many_paragraphs`, `paragraph_too_long` (413), `no_title`, `no_languages`, `unknown_language` (with `languages`), `source_language`, `unknown_position` (400), `slug_taken` (409).',
  tags: ['Documents'],
  query: z.object({ dryRun: DryRun }),
  body: {
    json: NewDocumentInput,
    // JSON escaping can make the body larger than the article it carries.
    maxBytes: 2 * MAX_ARTICLE_BYTES + 64 * 1024,
    example: {
      format: 'html',
      content: '<h1>Storm hits the coast</h1><p class="byline">By Jane Doe</p><p>A storm hit the coast on Monday, cutting power to thousands of homes.</p>',
      languages: ['de', 'uk'],
      deadline: '2025-04-24T18:00:00+02:00',
    },
  },
  responses: {
    200: { description: 'The dry run: what would be created.', schema: CreatedDocument },
    201: { description: 'Created.', schema: CreatedDocument },
    400: { description: 'An empty article, no title, no or an unknown target language, a kind for a position the article does not have: `reason` says which.' },
    403: { description: 'Not an editor or admin.' },
    409: { description: 'The slug given is taken (`reason`: `slug_taken`).' },
    413: { description: 'The article is over 2 MB or 5,000 paragraphs, or a paragraph over 20,000 characters (`reason` says which).' },
  },
});

export const documentOperations = [listDocumentsOperation, getDocumentTranslationOperation, createDocumentOperation];
