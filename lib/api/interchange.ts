// Interchange: one language of a document exported as XLIFF 2.0 or 1.2, i18next JSON, plain text
// or Markdown, and an XLIFF 2.0, 1.2 or 1.1 file from a CAT tool imported back, unit by unit.
import { z } from 'zod';
import { SKIP_REASONS } from '../xliff/import-report';
import { MAX_XLIFF_BYTES } from '../xliff/xliff-format';
import { DocumentLangQuery, DryRun, SlugParams } from './common';
import { WordDiffPart } from './document-source';
import { defineOperation } from './operation';
import { named } from './registry';

export const EXPORT_FORMATS = ['xliff', 'xliff12', 'i18next', 'text', 'markdown'] as const;

const file = { schema: { type: 'string' } };

export const exportDocumentOperation = defineOperation({
  method: 'get',
  path: '/api/documents/{slug}/export',
  operationId: 'exportDocument',
  summary: 'Export one language as a file',
  description:
    '`xliff`: XLIFF 2.0 for CAT tools, one unit per paragraph (unit id = paragraph id), the status as segment state (approved = final, in review = translated, otherwise initial, explained in a note), open comments as notes. `xliff12`: the same as XLIFF 1.2 (`urn:oasis:names:tc:xliff:document:1.2`) for tools that do not read 2.0: one `trans-unit` per paragraph (id = paragraph id), the status as the target’s `state` (approved = `signed-off` with `approved="yes"`, in review = `translated`, rejected = `needs-translation`, outdated = `needs-review-translation`, untranslated = no target), the facts the import checks in `<context-group name="redline">`, the status and open comments as notes. `i18next`: the approved text as i18next JSON v4 resources, `{ [lang]: { translation: { [paragraphId]: text } } }`, loadable as is by `i18next.init({ resources })`. `text` and `markdown`: a published edition (the latest, or `&edition=`) as a reader would paste it. Anyone signed in may export.',
  tags: ['Interchange'],
  params: SlugParams,
  query: DocumentLangQuery.extend({
    format: z.enum(EXPORT_FORMATS).meta({ description: 'The file format.', examples: ['xliff'] }),
    edition: z
      .string()
      .regex(/^[1-9][0-9]{0,8}$/, 'An edition number: 1, 2, …')
      .optional()
      .transform((value) => (value === undefined ? undefined : Number(value)))
      .meta({ description: 'For text and markdown: the edition number; the latest when left out.' }),
  }),
  responses: {
    200: {
      description: 'The file, as an attachment named `{slug}.{lang}.xlf` (`.xliff12.xlf` for XLIFF 1.2; `.json`, `.edition-N.txt`, `.edition-N.md`).',
      schema: z
        .record(z.string(), z.object({ translation: z.record(z.string(), z.string()) }))
        .meta({ description: 'i18next: `{ [lang]: { translation: { [paragraphId]: text } } }`.' }),
      media: { 'application/xliff+xml': file, 'text/plain': file, 'text/markdown': file },
    },
    400: { description: 'No ?lang=, no or an unknown &format=, or an &edition= that is not a number.' },
    404: { description: 'The document, the language or (for text and markdown) the edition does not exist.' },
  },
});

const UnitBase = { unitId: z.string(), line: z.int().meta({ description: 'The line of the unit in the file.' }) };

export const ImportUnitReport = named(
  'ImportUnitReport',
  z.discriminatedUnion('outcome', [
    z.object({
      ...UnitBase,
      outcome: z.literal('created'),
      paragraphId: z.string(),
      position: z.int(),
      before: z.string().nullable().meta({ description: 'The current text; null when the paragraph was untranslated.' }),
      after: z.string().meta({ description: 'The imported text.' }),
      changes: z.array(WordDiffPart),
      versionId: z.string().nullable().meta({ description: 'The new version; null on a dry run.' }),
      translationChangedSinceExport: z.boolean().meta({ description: 'Someone saved the paragraph after the file was exported: the import replaces their text.' }),
    }),
    z.object({ ...UnitBase, outcome: z.literal('unchanged'), paragraphId: z.string(), position: z.int() }),
    z.object({
      ...UnitBase,
      outcome: z.literal('skipped'),
      paragraphId: z.string().nullable(),
      position: z.int().nullable(),
      reason: z.enum(SKIP_REASONS).meta({ description: 'Why the unit was skipped.' }),
      message: z.string(),
    }),
  ]),
  'What the import did with one unit.',
);
export type ImportUnitReport = z.infer<typeof ImportUnitReport>;

export const ImportReport = named(
  'ImportReport',
  z.object({
    slug: z.string(),
    lang: z.string(),
    dryRun: z.boolean(),
    applied: z.boolean().meta({ description: 'True once the versions are written; never on a dry run.' }),
    counts: z.object({ created: z.int(), unchanged: z.int(), skipped: z.int() }),
    units: z.array(ImportUnitReport).meta({ description: 'In reading order.' }),
  }),
  'What an XLIFF import did (or, on a dry run, would do), unit by unit, in reading order.',
);
export type ImportReport = z.infer<typeof ImportReport>;

export const importXliffOperation = defineOperation({
  method: 'post',
  path: '/api/documents/{slug}/import',
  operationId: 'importXliff',
  summary: 'Import an XLIFF 2.0, 1.2 or 1.1 file',
  description:
    'The body is the XLIFF file as a CAT tool sends it back (at most 5 MB): XLIFF 2.0 (2.1, 2.2), 1.2 or 1.1 (translate-toolkit’s), told apart by the root element’s namespace and version; the answer is the same for all. Units (1.x: trans-units) are matched to paragraphs by id; a target that differs from the current text becomes a new version by you, based on the current one. Skipped, with the reason: units whose English changed since the export (`source_changed`), units of no paragraph (`unknown_unit`), units without a target (`no_target`) or with untranslated segments (`incomplete_target`). Split segments are joined; `pc` and `mrk` (1.x: `g` and `mrk`) keep their text; a `ph` without `equiv` (1.x: an `x`, `ph` or `it` without `equiv-text`) is refused. A file none of whose units has a paragraph id of this document (an agency’s own file) is refused: Redline does not guess. A 1.x file may leave out target-language; its PO header unit (po2xliff) is ignored. All or nothing: a bad file (not XML, not XLIFF, wrong srcLang or trgLang, another document’s units, any DOCTYPE) is refused whole and changes nothing. Needs translator rights for the language.',
  tags: ['Interchange'],
  params: SlugParams,
  query: DocumentLangQuery.extend({ dryRun: DryRun }),
  body: { raw: 'application/xliff+xml', maxBytes: MAX_XLIFF_BYTES, description: 'The file itself, not a form (curl --data-binary @file.xlf).' },
  responses: {
    200: { description: 'What was done (or would be done) per unit.', schema: ImportReport },
    400: {
      description:
        'The file is not well-formed XML (with its `line`), not XLIFF 2.0, 1.2 or 1.1, has a DOCTYPE, has no unit of this document, names other languages or another document, or a target breaks the text rules.',
    },
    403: { description: 'You do not translate into this language.' },
    404: { description: 'The document or the language does not exist.' },
    409: { description: 'Someone saved one of the paragraphs while the import ran; nothing was imported.' },
    413: { description: 'The file is larger than 5 MB, or a target is longer than a paragraph may be.' },
  },
});

export const interchangeOperations = [exportDocumentOperation, importXliffOperation];
