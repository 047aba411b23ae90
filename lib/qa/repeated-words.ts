// The repeated-words check: the same word twice in a row ("die die"), the classic slip of an
// edit that kept the old word.
import { segmentWords } from '../intl-words';
import { issue } from './issue';
import type { QaIssue } from './messages';
import { baseLanguage } from './text';
import type { QaInput } from './types';

/**
 * Repetitions that are grammar: French reflexives ("nous nous sommes"), and a German relative
 * pronoun before its article after a comma ("Menschen, die die Regierung kritisieren").
 */
function isGrammatical(word: string, lang: string, before: string): boolean {
  if (lang === 'fr') return word === 'nous' || word === 'vous';
  if (lang === 'de') return /^(die|der|das|den|dem)$/.test(word) && /,\s*$/.test(before);
  return false;
}

export function checkRepeatedWords({ target, targetLang }: QaInput): QaIssue[] {
  const lang = baseLanguage(targetLang) || 'en';
  const segments = segmentWords(target, lang);
  const issues: QaIssue[] = [];
  let previous: { word: string; index: number } | undefined;
  // Between two words: nothing yet, only white space, or something else (a comma, a dash).
  let between: 'nothing' | 'space' | 'other' = 'other';
  for (const segment of segments) {
    if (!segment.isWordLike) {
      between = between !== 'other' && /^\s+$/.test(segment.segment) ? 'space' : 'other';
      continue;
    }
    const word = segment.segment.toLowerCase();
    if (previous && between === 'space' && previous.word === word && /\p{L}/u.test(word)) {
      if (!isGrammatical(word, lang, target.slice(0, previous.index))) {
        const shown = target.slice(previous.index, segment.index + segment.segment.length);
        issues.push(issue('repeated-words.repeated', { word: segment.segment, text: shown }));
      }
    }
    previous = { word, index: segment.index };
    between = 'nothing';
  }
  return issues;
}
