// The translation memory: approved translations searched by their words, and suggested for a
// paragraph by the likeness of their English to its English; with pairs imported from TMX files,
// and the whole memory exported as TMX.
import { z } from 'zod';
import { TMX_SKIP_REASONS } from '../tmx/collect-tmx-pairs';
import { MAX_TMX_BYTES } from '../tmx/tmx-format';
import { DryRun, LanguageCode, ParagraphLangParams } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

export const ImportedFrom = named(
  'ImportedFrom',
  z.object({
    unitId: z.string().meta({ description: 'The imported unit.' }),
    file: z.string().meta({ description: 'The name of the TMX file it came from.' }),
    author: z.string().nullable().meta({ description: 'The unit’s creationid in the file.' }),
    createdAt: z.iso.datetime().nullable().meta({ description: 'The unit’s creationdate in the file.' }),
  }),
  'Where an imported memory unit came from.',
);

export const MemoryPair = named(
  'MemoryPair',
  z.object({
    source: z.string().meta({ description: 'The English the translation was approved against (or that the imported file pairs it with).' }),
    target: z.string().meta({ description: 'The approved (or imported) translation.' }),
    versionId: z.string().nullable().meta({ description: 'The approved translation version; null for an imported unit.' }),
    document: z.object({ slug: z.string(), title: z.string() }).nullable().meta({ description: 'The approved translation’s document; null for an imported unit.' }),
    imported: ImportedFrom.nullable().meta({ description: 'Set when the pair came from a TMX file (POST /api/memory/import); null for an approved translation.' }),
  }),
  'An approved translation with its English, or a pair imported from a TMX file.',
);
export type MemoryPair = z.infer<typeof MemoryPair>;

export const MemorySuggestion = named(
  'MemorySuggestion',
  MemoryPair.extend({ score: z.int().min(0).max(100).meta({ description: 'How alike the two English texts are, from 0 to 100.' }) }),
  'An approved translation of English that resembles the paragraph’s.',
);
export type MemorySuggestion = z.infer<typeof MemorySuggestion>;

export const searchMemoryOperation = defineOperation({
  method: 'get',
  path: '/api/memory',
  operationId: 'searchMemory',
  summary: 'Search the translation memory',
  description: 'Approved translations into one language whose English or translation contains the words searched for (any case), newest first, at most 50.',
  tags: ['Glossary and memory'],
  query: z.object({
    lang: LanguageCode.meta({ description: 'The language of the translations.', examples: ['de'] }),
    q: z.string().max(1000).default('').meta({ description: 'What to look for: 2 to 100 characters.', examples: ['Kyiv'] }),
  }),
  responses: {
    200: { description: 'Matching pairs of English and approved translation.', schema: z.array(MemoryPair) },
    400: { description: 'No ?lang=, or a search shorter than 2 or longer than 100 characters.' },
  },
});

export const suggestTranslationsOperation = defineOperation({
  method: 'get',
  path: '/api/paragraphs/{id}/translations/{lang}/suggestions',
  operationId: 'suggestTranslations',
  summary: 'Translation-memory suggestions for a paragraph',
  tags: ['Glossary and memory'],
  params: ParagraphLangParams,
  responses: {
    200: {
      description: 'The paragraph’s English and approved translations of similar English, best first.',
      schema: z.object({ source: z.string().meta({ description: 'The paragraph’s current English.' }), suggestions: z.array(MemorySuggestion) }),
    },
    404: { description: 'The paragraph or the language does not exist.' },
  },
});

const TmxImportSkipped = z.object({
  reason: z.enum(TMX_SKIP_REASONS).meta({
    description:
      '`unknown_language`: a translation in a language Redline does not have; `no_english`: a unit without an English tuv; `no_translation`: a unit with English only; `empty_text`: an empty English or translation; `too_long`: a text over 20,000 characters.',
  }),
  language: z.string().nullable().meta({ description: 'The file’s language tag (unknown_language) or Redline’s code; null when the unit names none.' }),
  count: z.int(),
});

export const TmxImportReport = named(
  'TmxImportReport',
  z.object({
    file: z.string().meta({ description: 'The file name the units keep as their origin.' }),
    dryRun: z.boolean(),
    applied: z.boolean().meta({ description: 'True once the units are stored; never on a dry run.' }),
    units: z.int().meta({ description: 'Translation units (<tu>) in the file.' }),
    imported: z.int().meta({ description: 'Pairs of English and translation added to the memory (on a dry run: that would be).' }),
    duplicates: z.int().meta({ description: 'Pairs already in the memory (imported before, an approved translation, or twice in the file): never stored twice.' }),
    languages: z.array(z.object({ language: z.string(), imported: z.int(), duplicates: z.int() })).meta({ description: 'Per language of Redline, in code order.' }),
    skipped: z.array(TmxImportSkipped).meta({ description: 'What was left out, by reason and language.' }),
  }),
  'What a TMX import did (or, on a dry run, would do).',
);
export type TmxImportReport = z.infer<typeof TmxImportReport>;

export const exportMemoryOperation = defineOperation({
  method: 'get',
  path: '/api/memory/export',
  operationId: 'exportMemory',
  summary: 'Export the translation memory of a language as TMX',
  description:
    'A TMX 1.4b file (srclang="en", segtype="paragraph", datatype="plaintext") with one `tu` per pair the memory suggests from: approved translations (the latest decision counts: a revoked approval is not in it), newest first, then units imported from TMX files. Each `tu` has `creationdate` (YYYYMMDDThhmmssZ) and `creationid` (the translator’s name, or the imported unit’s own) and a `note` saying where it comes from. Anyone signed in may export.',
  tags: ['Glossary and memory'],
  query: z.object({
    lang: LanguageCode.meta({ description: 'The language of the translations.', examples: ['de'] }),
    format: z.enum(['tmx']).meta({ description: 'The file format.', examples: ['tmx'] }),
  }),
  responses: {
    200: { description: 'The file, as an attachment named `redline-memory.{lang}.tmx`.', media: { 'application/x-tmx+xml': { schema: { type: 'string' } } } },
    400: { description: 'No ?lang= or no &format=tmx.' },
    404: { description: 'The language does not exist.' },
  },
});

export const importMemoryOperation = defineOperation({
  method: 'post',
  path: '/api/memory/import',
  operationId: 'importMemory',
  summary: 'Import a TMX file into the translation memory',
  description:
    'The body is the TMX file itself (1.4b; 1.1 to 1.4 are read; at most 20 MB; UTF-8 or UTF-16 with a byte order mark). Each `tu` with an English `tuv` (en, en-US, en-GB …: the primary subtag counts) gives one pair per `tuv` in a language Redline has (de-DE is de); the pair keeps the file name and the `tu`’s creationdate and creationid, and feeds suggestions and search like an approved translation. A pair already in the memory (same language, English and translation, compared exactly) is a duplicate and never stored twice. In `seg`, `hi` keeps its text and the native codes of `bpt`, `ept`, `ph`, `it` and `ut` are dropped. A `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is accepted and never fetched; an internal subset is refused. All or nothing: a bad file changes nothing. Editors and admins only.',
  tags: ['Glossary and memory'],
  query: z.object({
    format: z.enum(['tmx']).meta({ description: 'The file format.', examples: ['tmx'] }),
    name: z.string().max(200).optional().meta({ description: 'The file name the units keep as their origin; `upload.tmx` when left out.', examples: ['agency-2024.tmx'] }),
    dryRun: DryRun,
  }),
  body: { raw: 'application/x-tmx+xml', maxBytes: MAX_TMX_BYTES, description: 'The file itself, not a form (curl --data-binary @memory.tmx).' },
  responses: {
    200: { description: 'What was imported (or, on a dry run, would be).', schema: TmxImportReport },
    400: { description: 'The file is not well-formed XML or not TMX (with the line), has an internal DOCTYPE subset, no units, or no unit in a language Redline has.' },
    403: { description: 'Only editors and admins import into the memory.' },
    413: { description: 'The file is larger than 20 MB.' },
  },
});

export const memoryOperations = [searchMemoryOperation, suggestTranslationsOperation, exportMemoryOperation, importMemoryOperation];
