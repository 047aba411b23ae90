// The glossary's API: terms of one language pair, listed by anyone signed in, kept by editors.
import { z } from 'zod';
import { Id, LanguageCode } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

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

export const glossaryOperations = [listGlossaryTermsOperation, createGlossaryTermOperation, updateGlossaryTermOperation, deleteGlossaryTermOperation];
