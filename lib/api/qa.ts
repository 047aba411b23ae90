// The quality checks' findings as the API sends them: one variant per message code, with that
// code's parameters, so a client (and the OpenAPI description) knows every code and its params.
import { z } from 'zod';
import { QA_MESSAGES, type QaParamKind } from '../qa/messages';
import type { QaCheckName } from '../qa/types';
import { DocumentLangQuery, Slug } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

const PARAMS: Record<QaParamKind, () => z.ZodType> = {
  text: () => z.string().meta({ description: 'As the text writes it.' }),
  number: () => z.int(),
  language: () => z.string().meta({ description: 'A language code.' }),
  languages: () => z.array(z.string()).min(1).meta({ description: 'Language codes.' }),
  weekday: () => z.int().min(1).max(7).meta({ description: 'ISO weekday: 1 Monday … 7 Sunday.' }),
  month: () => z.int().min(1).max(12),
};

const QA_SEVERITY = z.enum(['error', 'warning']).meta({ description: 'Errors block approval unless an editor gives an override reason.' });

/** One object schema per message code; `extra` adds fields to each (the paragraph of a document's finding). */
function issueVariants<Extra extends z.ZodRawShape>(extra: Extra) {
  return Object.entries(QA_MESSAGES).map(([code, params]) =>
    z.object({
      ...extra,
      check: z.literal(code.slice(0, code.indexOf('.')) as QaCheckName),
      severity: QA_SEVERITY,
      code: z.literal(code),
      params: z.object(Object.fromEntries(Object.entries(params as Record<string, QaParamKind>).map(([name, kind]) => [name, PARAMS[kind]()]))),
      message: z.string().meta({ description: 'In English.' }),
    }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]];
}

export const QaIssue = named(
  'QaIssue',
  z.discriminatedUnion('code', issueVariants({})).meta({
    examples: [
      { check: 'numbers', severity: 'error', code: 'numbers.replaced', params: { source: '215', target: '251' }, message: 'The source has 215; the translation has 251 instead.' },
    ],
  }),
  'A quality-check finding. `code` is stable and `params` are language-neutral (language codes, ISO weekday and month numbers, words and numbers as the texts write them): the interface words them in its own language (locales/*.json, `qaIssue.<code>`). `message` is the same sentence in English.',
);

export const DocumentQaIssue = named(
  'DocumentQaIssue',
  z.discriminatedUnion('code', issueVariants({ paragraphId: z.string(), position: z.int() })),
  'A QaIssue with the `paragraphId` and `position` of its paragraph.',
);

export const listQualityChecksOperation = defineOperation({
  method: 'get',
  path: '/api/documents/{slug}/qa',
  operationId: 'listQualityChecks',
  summary: 'Quality checks of one language',
  description: 'Every quality-check finding (glossary, numbers, punctuation …), paragraph by paragraph.',
  tags: ['Glossary and memory'],
  params: z.object({ slug: Slug }),
  query: DocumentLangQuery,
  responses: {
    200: { description: 'The findings, each a QaIssue with the `paragraphId` and `position` of its paragraph.', schema: z.array(DocumentQaIssue) },
    404: { description: 'The document or the language does not exist.' },
  },
});

export const qaOperations = [listQualityChecksOperation];
