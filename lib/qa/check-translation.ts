// Runs every single-text QA check on one translated paragraph, in a fixed order, so the issue
// list of a paragraph reads the same every time.
import { checkDates } from './dates';
import { checkEmpty } from './empty';
import { checkDoNotTranslate, checkGlossaryMissing } from './glossary';
import { checkIdentical } from './identical';
import { checkLength } from './length';
import { checkMarkup } from './markup';
import { checkNumbers } from './numbers';
import { checkFinalPunctuation } from './punctuation';
import { checkQuotes } from './quotes';
import { checkRepeatedWords } from './repeated-words';
import type { QaInput, QaIssue } from './types';
import { checkWhitespace } from './whitespace';

/** The single-text checks in the order they report. The cross-language check needs all languages at once. */
export const SINGLE_TEXT_CHECKS: Array<(input: QaInput) => QaIssue[]> = [
  checkNumbers,
  checkMarkup,
  checkDates,
  checkQuotes,
  checkFinalPunctuation,
  checkWhitespace,
  checkRepeatedWords,
  checkIdentical,
  checkLength,
  checkGlossaryMissing,
  checkDoNotTranslate,
];

export function checkTranslation(input: QaInput): QaIssue[] {
  const normalized: QaInput = {
    ...input,
    source: typeof input.source === 'string' ? input.source : '',
    target: typeof input.target === 'string' ? input.target : '',
    targetLang: typeof input.targetLang === 'string' ? input.targetLang : '',
    glossary: Array.isArray(input.glossary) ? input.glossary : [],
  };
  // An empty translation is untranslated: one issue says so, the others would only repeat it.
  const empty = checkEmpty(normalized);
  if (empty.length || !normalized.target.trim()) return empty;
  return SINGLE_TEXT_CHECKS.flatMap((check) => check(normalized));
}
