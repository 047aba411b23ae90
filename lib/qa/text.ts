// Text helpers shared by the QA checks: language codes, words, and folding for comparison.
// Nothing here throws on any string. (Language names are the interface's: lib/i18n/format.ts.)
import { segmentWords } from '../intl-words';

/** "de-AT" → "de"; anything that is not a language code → "" (the checks then skip language rules). */
export function baseLanguage(lang: string): string {
  const primary = String(lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}

export type Word = { text: string; index: number; end: number };

/**
 * The word-like segments of a text. Intl.Segmenter keeps Ukrainian "дев’ять" and German
 * compounds whole; the language code is checked first because the segmenter throws on a bad tag.
 */
export function wordsOf(text: string, lang: string): readonly Word[] {
  const code = baseLanguage(lang) || 'en';
  const key = `${code}\u0000${text}`;
  let words = recentWords.get(key);
  if (!words) {
    words = Object.freeze(
      segmentWords(text, code)
        .filter((segment) => segment.isWordLike)
        .map((segment) => Object.freeze({ text: segment.segment, index: segment.index, end: segment.index + segment.segment.length })),
    );
    if (recentWords.size >= RECENT_WORDS) recentWords.clear();
    recentWords.set(key, words);
  }
  return words;
}

/**
 * The checks segment the same texts many times over (numbers, dates and every glossary term
 * each segment the source and the translation; the cross-language check the other languages
 * too), and segmenting is most of their time on a workbench page. So the words of recent texts
 * are kept, frozen, since callers share them. Forgotten all at once when full: the next page
 * brings other texts.
 */
const RECENT_WORDS = 2000;
const recentWords = new Map<string, readonly Word[]>();

const APOSTROPHES = /['ʼ`´‘’]/g;
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * A word as the checks compare it: lower case, one apostrophe (Ukrainian writes дев’ять and
 * дев'ять), and Arabic without short vowels, tatweel or hamza variants of alef (خُمس = خمس,
 * أبريل = ابريل).
 */
export function foldWord(word: string, lang: string): string {
  let folded = word.toLowerCase().replace(APOSTROPHES, '’');
  if (baseLanguage(lang) === 'ar' || /[\u0600-\u06FF]/.test(folded)) {
    folded = folded.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي');
  }
  return folded;
}

/**
 * The forms an Arabic word may be looked up as: itself, without the conjunction و/ف, without
 * the prepositions ب/ل/ك, without the article ال. A prefix is only taken off when at least three
 * letters remain, so لست ("I am not") never becomes ست ("six").
 */
export function arabicStems(word: string): Array<{ stem: string; article: boolean }> {
  const stems: Array<{ stem: string; article: boolean }> = [{ stem: word, article: false }];
  const seen = new Set([word]);
  const add = (stem: string, article: boolean) => {
    if (stem.length >= 3 && !seen.has(stem)) {
      seen.add(stem);
      stems.push({ stem, article });
    }
  };
  const conjunctionless = /^[وف]/.test(word) ? word.slice(1) : word;
  add(conjunctionless, false);
  for (const base of [word, conjunctionless]) {
    const prepositionless = base.startsWith('لل') ? `ال${base.slice(2)}` : /^[بلك]/.test(base) ? base.slice(1) : base;
    add(prepositionless, false);
    for (const candidate of [base, prepositionless]) {
      if (candidate.startsWith('ال')) add(candidate.slice(2), true);
    }
  }
  return stems;
}

/** Whether the text has any letter in any script. */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Code points, so an emoji counts as one character in length ratios. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}
