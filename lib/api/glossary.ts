// The glossary's API: terms of one language pair, listed by anyone signed in, kept by editors.
import { z } from 'zod';
import { DryRun, Id, LanguageCode } from './common';
import { defineOperation } from './operation';
import { named } from './registry';
import { GLOSSARY_FORMATS, MAX_GLOSSARY_BYTES, type GlossaryFormat } from '../formats/glossary-file';

export const GlossaryTerm = named(
  'GlossaryTerm',
  z.object({
    id: z.string(),
    sourceLang: z.string(),
    targetLang: z.string(),
    source: z.string(),
    target: z.string(),
    note: z.string().nullable(),
    doNotTranslate: z.boolean().meta({ description: 'The term stays as it is in every language (a name, a brand); its target is its source.' }),
  }),
);
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

/** A term as sent; the lengths are checked precisely, with a clear message, by the service. */
export const GlossaryTermInput = z.strictObject({
  source: z.string().max(1000),
  target: z.string().max(1000).default('').meta({ description: 'Leave out for a do-not-translate term.' }),
  note: z.string().max(5000).nullable().optional(),
  doNotTranslate: z.boolean().optional(),
});
export type GlossaryTermInput = z.input<typeof GlossaryTermInput>;

const TermId = z.object({ id: Id.meta({ description: 'The term.', examples: ['cm9x0term000000001'] }) });

export const listGlossaryTermsOperation = defineOperation({
  method: 'get',
  path: '/api/glossary',
  operationId: 'listGlossaryTerms',
  summary: 'Glossary terms',
  tags: ['Glossary and memory'],
  query: z.object({ lang: LanguageCode.optional().meta({ description: 'Only the terms of this target language.', examples: ['de'] }) }),
  responses: { 200: { description: 'The terms.', schema: z.array(GlossaryTerm) } },
});

export const createGlossaryTermOperation = defineOperation({
  method: 'post',
  path: '/api/glossary',
  operationId: 'createGlossaryTerm',
  summary: 'Add a glossary term',
  description: 'Editors and admins.',
  tags: ['Glossary and memory'],
  body: {
    json: GlossaryTermInput.extend({ targetLang: LanguageCode }),
    maxBytes: 64 * 1024,
    example: { targetLang: 'de', source: 'Kyiv', target: 'Kiew' },
  },
  responses: {
    201: { description: 'The term.', schema: GlossaryTerm },
    400: { description: 'A missing field, or the term exists.' },
    403: { description: 'Not an editor or admin.' },
    404: { description: 'The language does not exist.' },
  },
});

export const updateGlossaryTermOperation = defineOperation({
  method: 'patch',
  path: '/api/glossary/{id}',
  operationId: 'updateGlossaryTerm',
  summary: 'Change a glossary term',
  tags: ['Glossary and memory'],
  params: TermId,
  body: { json: GlossaryTermInput, maxBytes: 64 * 1024, example: { source: 'Kyiv', target: 'Kyjiw' } },
  responses: {
    200: { description: 'The term.', schema: GlossaryTerm },
    400: { description: 'A missing field, or another term has this source.' },
    403: { description: 'Not an editor or admin.' },
    404: { description: 'The term does not exist.' },
  },
});

export const deleteGlossaryTermOperation = defineOperation({
  method: 'delete',
  path: '/api/glossary/{id}',
  operationId: 'deleteGlossaryTerm',
  summary: 'Delete a glossary term',
  tags: ['Glossary and memory'],
  params: TermId,
  responses: {
    204: { description: 'Deleted.' },
    403: { description: 'Not an editor or admin.' },
    404: { description: 'The term does not exist.' },
  },
});

export { GLOSSARY_FORMATS, MAX_GLOSSARY_BYTES, type GlossaryFormat };

const GlossaryFileQuery = z.object({
  lang: LanguageCode.meta({ description: 'The target language; the source is English.', examples: ['de'] }),
  format: z.enum(GLOSSARY_FORMATS).meta({ description: '`tbx` (TBX-Basic) or `csv` (source,target,note).', examples: ['tbx'] }),
});

export const exportGlossaryOperation = defineOperation({
  method: 'get',
  path: '/api/glossary/export',
  operationId: 'exportGlossary',
  summary: 'Export the glossary of one language',
  description:
    '`tbx`: TBX-Basic in the MARTIF form translate-toolkit writes and reads, one termEntry per term with an `en` and a target langSet, notes as `<note>`, a do-not-translate term with its English as target and `<descrip type="Translation needed">No</descrip>`. `csv`: UTF-8, RFC 4180, the header `source,target,note`, every field in quotes. Anyone signed in may export.',
  tags: ['Glossary and memory'],
  query: GlossaryFileQuery,
  responses: {
    200: {
      description: 'The file, as an attachment named `glossary.en-{lang}.tbx` (or `.csv`).',
      media: { 'application/x-tbx': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } },
    },
    400: { description: 'No ?lang= or no or an unknown &format=.' },
    404: { description: 'The language does not exist.' },
  },
});

const TermValues = z.object({ source: z.string(), target: z.string(), note: z.string().nullable(), doNotTranslate: z.boolean() });

export const GLOSSARY_IMPORT_PROBLEMS = ['no_source', 'no_target', 'duplicate', 'invalid'] as const;

export const GlossaryImportReport = named(
  'GlossaryImportReport',
  z.object({
    lang: z.string(),
    format: z.enum(GLOSSARY_FORMATS),
    dryRun: z.boolean(),
    applied: z.boolean().meta({ description: 'True once the terms are written; never on a dry run.' }),
    counts: z.object({ created: z.int(), changed: z.int(), unchanged: z.int(), problems: z.int() }),
    created: z.array(TermValues.extend({ line: z.int() })).meta({ description: 'Terms the glossary does not have yet.' }),
    changed: z
      .array(z.object({ line: z.int(), before: TermValues, after: TermValues }))
      .meta({ description: 'Terms the glossary has (the English compared without case) whose target, note or mark differs: the import replaces them.' }),
    problems: z
      .array(z.object({ line: z.int(), source: z.string().nullable(), reason: z.enum(GLOSSARY_IMPORT_PROBLEMS), message: z.string() }))
      .meta({ description: 'Entries or rows left out, with why: no English, no term in the language, the same English earlier in the file, a term the glossary cannot hold.' }),
    notices: z.array(z.string()).meta({ description: 'What the reader assumed about the file (translate-toolkit’s "xx" language read as the language imported).' }),
  }),
  'What a glossary import did (or, on a dry run, would do).',
);
export type GlossaryImportReport = z.infer<typeof GlossaryImportReport>;

export const importGlossaryOperation = defineOperation({
  method: 'post',
  path: '/api/glossary/import',
  operationId: 'importGlossary',
  summary: 'Import a glossary file into one language',
  description:
    'The body is the file itself (at most 20 MB). TBX: the `en` langSet of each termEntry is the English, the langSet of ?lang= (or a regional variant, or translate-toolkit’s placeholder `xx`) the target; `<note>`s are the note; entries without either are left out and counted. CSV: the header names the columns: `source`, `target` and optionally `note`, or translate-toolkit’s csvl10n form (`location`, `source`, `target`, …, `translator_comments`). New terms are added; terms the glossary has are replaced when their target, note or do-not-translate mark differ. All or nothing: a bad file (not well-formed, no header, an unterminated quote, a DOCTYPE with an internal subset, no term in the language) is refused whole. Editors and admins.',
  tags: ['Glossary and memory'],
  query: GlossaryFileQuery.extend({ dryRun: DryRun }),
  body: { raw: 'application/octet-stream', maxBytes: MAX_GLOSSARY_BYTES, description: 'The TBX or CSV file itself, not a form (curl --data-binary @glossary.tbx).' },
  responses: {
    200: { description: 'What was done (or would be done).', schema: GlossaryImportReport },
    400: { description: 'The file is not well-formed (with its `line`), has no terms in the language, or the language is unknown or English.' },
    403: { description: 'Not an editor or admin.' },
    413: { description: 'The file is larger than 20 MB.' },
  },
});

export const glossaryOperations = [
  listGlossaryTermsOperation,
  createGlossaryTermOperation,
  updateGlossaryTermOperation,
  deleteGlossaryTermOperation,
  exportGlossaryOperation,
  importGlossaryOperation,
];
