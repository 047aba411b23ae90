// The final-punctuation check: a paragraph that ends with . ! ? or : in the source ends with the
// same mark, in the target language's form, in the translation.
import { issue } from './issue';
import type { QaIssue } from './messages';
import type { QaInput } from './types';

/** Headlines, subheadings, datelines, bylines and mastheads often have no final mark. */
const EXEMPT_KINDS = new Set(['headline', 'subheading', 'dateline', 'byline', 'outlet']);

/** Closing quotation marks and the spaces before them come after the final mark: `.“`, `. »`. */
const TRAILING = /[\s\u00A0\u202F«»„“”"‹›‚‘’']+$/u;

/** Each mark with the forms that count as the same: Arabic ؟ for ?, the ideographic full stop. */
const EQUIVALENT: Record<string, string> = {
  '.': '.',
  '。': '.',
  '۔': '.',
  '!': '!',
  '！': '!',
  '?': '?',
  '؟': '?',
  '？': '?',
  ':': ':',
  '：': ':',
  '…': '…',
};

function finalMark(text: string): string {
  const stripped = text.replace(TRAILING, '');
  if (stripped.endsWith('...')) return '…';
  const last = Array.from(stripped).at(-1) ?? '';
  return EQUIVALENT[last] ?? '';
}

function lastCharacter(text: string): string {
  return Array.from(text.replace(TRAILING, '')).at(-1) ?? '';
}

export function checkFinalPunctuation({ source, target, kind }: QaInput): QaIssue[] {
  if (kind && EXEMPT_KINDS.has(kind)) return [];
  const expected = finalMark(source);
  if (!expected || expected === '…' || !target.trim()) return [];
  const actual = finalMark(target);
  if (actual === expected) return [];
  return [actual ? issue('final-punctuation.replaced', { source: expected, target: lastCharacter(target) }) : issue('final-punctuation.missing', { source: expected })];
}
