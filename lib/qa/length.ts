// The length-ratio check: a translation much shorter or longer than usual for the language pair
// has probably lost or gained a sentence.
import { issue } from './issue';
import type { QaIssue } from './messages';
import { baseLanguage, characterCount } from './text';
import type { QaInput } from './types';

/**
 * Usual length of a translation as a share of the English source, from newsroom copy: German
 * runs long, Arabic short (no short vowels, the article is a prefix).
 */
export const LENGTH_RATIOS: Record<string, [number, number]> = {
  'en-de': [0.9, 1.6],
  'en-fr': [0.9, 1.5],
  'en-uk': [0.75, 1.4],
  'en-ar': [0.6, 1.3],
};

/** Short texts (headlines, datelines) vary too much to judge. */
export const MIN_SOURCE_LENGTH = 40;

export function checkLength({ source, target, targetLang, sourceLang = 'en' }: QaInput): QaIssue[] {
  const from = baseLanguage(sourceLang);
  const to = baseLanguage(targetLang);
  const range = LENGTH_RATIOS[`${from}-${to}`];
  const sourceLength = characterCount(source.trim());
  const targetLength = characterCount(target.trim());
  if (!range || sourceLength < MIN_SOURCE_LENGTH || !targetLength) return [];
  const ratio = targetLength / sourceLength;
  const [low, high] = range;
  if (ratio >= low && ratio <= high) return [];
  // Rounded away from the range, so a ratio just outside it never reads as inside.
  const percent = ratio < low ? Math.floor(ratio * 100) : Math.ceil(ratio * 100);
  const params = { percent, low: Math.round(low * 100), high: Math.round(high * 100), sourceLanguage: from, targetLanguage: to };
  return [ratio < low ? issue('length-ratio.short', params) : issue('length-ratio.long', params)];
}
