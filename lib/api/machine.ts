// Machine translation suggestions (DeepL): one per paragraph, language and English, kept by the
// server; a version saved from one names it (`machineTranslationId` on the save).
import { z } from 'zod';
import { ParagraphLangParams } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

export const MachineSuggestion = named(
  'MachineSuggestion',
  z.object({
    id: z.string().meta({ description: 'The suggestion; a save that started from it sends it as `machineTranslationId`.' }),
    provider: z.string().meta({ description: 'The service that translated it, as shown: DeepL.' }),
    text: z.string().meta({ description: 'The machine translation of the paragraph’s current English.' }),
  }),
  'A machine translation of a paragraph’s current English: a suggestion, never a version.',
);
export type MachineSuggestion = z.infer<typeof MachineSuggestion>;

export const getMachineTranslationOperation = defineOperation({
  method: 'get',
  path: '/api/paragraphs/{id}/translations/{lang}/machine',
  operationId: 'getMachineTranslation',
  summary: 'A machine translation suggestion for a paragraph',
  description:
    'Asks the configured service (DeepL, with the glossary’s terms for the language) once per English and language; later calls read the kept answer. Only those who translate the language may ask.',
  tags: ['Glossary and memory'],
  params: ParagraphLangParams,
  responses: {
    200: { description: 'The suggestion.', schema: MachineSuggestion },
    403: { description: 'You do not translate into this language.' },
    404: { description: 'No machine translation is configured (no DEEPL_AUTH_KEY), or the paragraph or the language does not exist.' },
    409: { description: 'The paragraph was removed from the article.' },
    502: { description: 'The service failed: the key was refused, the month’s quota is used up, too many requests, no answer within 10 seconds, or an answer that cannot be read. `message` says which, in one line.' },
  },
});

export const machineOperations = [getMachineTranslationOperation];
