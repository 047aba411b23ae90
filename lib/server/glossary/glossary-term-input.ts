import 'server-only';
// What a glossary term may be, checked the same way for new and changed terms.
import { AppError } from '../../app-error';
import { normalizeParagraphText } from '../../translation-text';

export const MAX_TERM_LENGTH = 200;
export const MAX_NOTE_LENGTH = 1000;

/** A term as the API reads it (lib/api/glossary.ts), before cleaning. */
export type GlossaryTermInput = { source: string; target: string; note?: string | null; doNotTranslate?: boolean };

export function cleanGlossaryTerm(input: GlossaryTermInput) {
  const field = (name: string, value: string, max: number, required: boolean) => {
    const text = normalizeParagraphText(value).replace(/\s+/g, ' ').trim();
    if (required && !text) throw new AppError('invalid_input', { message: `The ${name} of a glossary term cannot be empty.` });
    if (text.length > max) throw new AppError('invalid_input', { message: `The ${name} has ${text.length} characters; the limit is ${max}.` });
    return text;
  };
  const source = field('source term', input.source, MAX_TERM_LENGTH, true);
  const doNotTranslate = input.doNotTranslate ?? false;
  // A do-not-translate term stays as it is: its target is its source.
  const target = doNotTranslate ? source : field('target term', input.target, MAX_TERM_LENGTH, true);
  const note = field('note', input.note ?? '', MAX_NOTE_LENGTH, false) || null;
  return { source, target, note, doNotTranslate };
}

export function duplicateTerm(source: string, targetLang: string) {
  return new AppError('invalid_input', { message: `The glossary already has "${source}" for ${targetLang}.` });
}
