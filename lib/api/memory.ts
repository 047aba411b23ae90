// The translation memory: approved translations searched by their words, and suggested for a
// paragraph by the likeness of their English to its English.
import { z } from 'zod';
import { LanguageCode, ParagraphLangParams } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

export const MemoryPair = named(
  'MemoryPair',
  z.object({
    source: z.string().meta({ description: 'The English the translation was approved against.' }),
    target: z.string().meta({ description: 'The approved translation.' }),
    versionId: z.string().meta({ description: 'The approved translation version.' }),
    document: z.object({ slug: z.string(), title: z.string() }),
  }),
  'An approved translation with its English.',
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

export const memoryOperations = [searchMemoryOperation, suggestTranslationsOperation];
