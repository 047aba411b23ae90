// The glossary checks: a term of the source is translated as the glossary says (glossary-missing),
// and a do-not-translate name such as "Truth Social" or "WELT" stays as it is (do-not-translate).
import { findGlossaryTerms } from '../glossary-match';
import { issue } from './issue';
import type { QaIssue } from './messages';
import { baseLanguage, foldWord, wordsOf, type Word } from './text';
import type { GlossaryTerm, QaInput } from './types';

/** seeds/glossary.json: one entry per term, its translations by language code. */
export type GlossaryFile = {
  terms: Array<{ source: string; note?: string | null; doNotTranslate: boolean; targets: Partial<Record<string, string>> }>;
};

/**
 * The glossary for one language. A do-not-translate term is its own target unless the glossary
 * gives the language a form of its own; a term with no translation for the language is left out.
 */
export function glossaryTermsFor(glossary: GlossaryFile, lang: string): GlossaryTerm[] {
  const code = baseLanguage(lang);
  return (glossary?.terms ?? []).flatMap((term) => {
    const target = term?.targets?.[code] ?? (term?.doNotTranslate ? term.source : undefined);
    return target ? [{ source: term.source, target, doNotTranslate: term.doNotTranslate, note: term.note ?? null }] : [];
  });
}

/** Languages whose words inflect at the end: the stem is enough (Kiew → Kiews, Київ → Києві). */
const INFLECTING = new Set(['de', 'uk', 'ru', 'pl', 'cs']);

/**
 * Ukrainian alternates vowels inside a stem (Київ → Києва, дім → дому, Білий → Білого), so
 * stems are compared with і ї и е є о as one letter.
 */
function foldVowels(word: string, lang: string): string {
  return lang === 'uk' || lang === 'ru' ? word.replace(/[іїиеєоы]/g, 'і') : word;
}

/** French elides articles into the next word: l’armée, d’Ukraine. */
function withoutElision(word: string): string {
  return word.replace(/^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu)’(?=\p{L})/u, '');
}

function comparable(word: string, lang: string): string {
  const folded = foldWord(word, lang);
  return foldVowels(lang === 'fr' ? withoutElision(folded) : folded, lang);
}

/**
 * Whether one word of the text is a form of one word of the term. The stem rule, for languages
 * that decline (German, Ukrainian, Russian, Polish, Czech): a text word is a form of the term's
 * word when it starts with the term word's first max(4, length − 2) letters (the whole word when
 * shorter than 4), after folding case, apostrophes and, in Ukrainian, the vowels that alternate
 * inside a stem. Case endings are at most two letters longer or shorter than the dictionary form
 * the glossary gives, so "Луганська область" finds "Луганській області", "Луганської області",
 * "Луганською областю"; "Weißes Haus" finds "vor dem Weißen Haus"; "Кремль" finds "Кремля". No
 * full morphology: a consonant alternation (Запоріжжя → Запорізька) is a different word, which
 * is why the region has its own glossary entry. Arabic attaches prefixes (و، ب، ال) instead, so a
 * word there counts when it contains the term's word.
 */
function sameWord(textWord: string, termWord: string, original: string, lang: string): boolean {
  if (lang === 'ar') return textWord.includes(termWord);
  if (INFLECTING.has(lang)) {
    const length = Array.from(original).length;
    const stem = Array.from(termWord).slice(0, Math.max(4, length - 2)).join('');
    return textWord.startsWith(stem);
  }
  return textWord === termWord || textWord === `${termWord}s` || textWord === `${termWord}x`;
}

/** Words that join a list: "Луганську, Донецьку та Херсонську області", "Luhansk und Donezk". */
const CONJUNCTIONS = new Set(['та', 'і', 'й', 'або', 'чи', 'und', 'oder', 'sowie', 'et', 'ou', 'and', 'or', 'и']);
/** The most words a list may put between two words of a term. */
const LIST_WORDS = 5;

/**
 * Whether what lies between two words of the text is part of a list that shares the term's last
 * word: "Луганську, Донецьку, Запорізьку та Херсонську області" names four regions with one
 * "області". Only words, commas and a conjunction, at most LIST_WORDS words, with a comma or a
 * conjunction among them; never a sentence's end or a number.
 */
function isListBetween(gap: string, words: readonly Word[], lang: string): boolean {
  if (words.length > LIST_WORDS || !/^[\s,،\p{L}\p{M}’'-]*$/u.test(gap)) return false;
  return /[,،]/.test(gap) || words.some((word) => CONJUNCTIONS.has(foldWord(word.text, lang)));
}

/**
 * Whether the text uses the term (in any case, inflected where the language inflects). The term's
 * words come in order, next to each other or separated by a list (isListBetween).
 */
export function textHasTerm(text: string, term: string, lang: string): boolean {
  const code = baseLanguage(lang);
  const termWords = wordsOf(term, code);
  if (!termWords.length) return true;
  const words = wordsOf(text, code);
  const textWords = words.map((word) => comparable(word.text, code));
  const wanted = termWords.map((word) => ({ folded: comparable(word.text, code), original: foldWord(word.text, code) }));
  const matchFrom = (j: number, previous: number): boolean => {
    if (j === wanted.length) return true;
    for (let k = previous + 1; k < textWords.length && k <= previous + 1 + LIST_WORDS; k++) {
      if (k > previous + 1 && !isListBetween(text.slice(words[previous].end, words[k].index), words.slice(previous + 1, k), code)) break;
      if (sameWord(textWords[k], wanted[j].folded, wanted[j].original, code) && matchFrom(j + 1, k)) return true;
    }
    return false;
  };
  for (let i = 0; i + wanted.length <= textWords.length; i++) {
    if (sameWord(textWords[i], wanted[0].folded, wanted[0].original, code) && matchFrom(1, i)) return true;
  }
  return false;
}

/** Whether the text has the form exactly, as whole words, in the same case. */
function hasExactly(text: string, form: string, lang: string): boolean {
  const trimmed = form.trim();
  if (!trimmed) return true;
  if (baseLanguage(lang) === 'ar' && /[\u0600-\u06FF]/.test(trimmed)) {
    // Arabic attaches prepositions to the word: بتروث سوشيال is still the name.
    return foldWord(text, 'ar').includes(foldWord(trimmed, 'ar'));
  }
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'u').test(text);
}

function termsInSource(source: string, glossary: GlossaryTerm[]): GlossaryTerm[] {
  const valid = glossary.filter((term) => term && typeof term.source === 'string' && term.source.trim());
  const found = new Set(findGlossaryTerms(source, valid).map((match) => match.term));
  return valid.filter((term) => found.has(term.source.trim()));
}

export function checkGlossaryMissing({ source, target, targetLang, glossary = [] }: QaInput): QaIssue[] {
  const reported = new Set<string>();
  return termsInSource(source, glossary)
    .filter((term) => !term.doNotTranslate && typeof term.target === 'string' && term.target.trim())
    .filter((term) => !textHasTerm(target, term.target, targetLang))
    .filter((term) => !reported.has(term.source) && reported.add(term.source))
    .map((term) => issue('glossary-missing.notUsed', { term: term.source, target: term.target }));
}

export function checkDoNotTranslate({ source, target, targetLang, glossary = [] }: QaInput): QaIssue[] {
  const reported = new Set<string>();
  return termsInSource(source, glossary)
    .filter((term) => term.doNotTranslate)
    .filter((term) => ![term.source, term.target].some((form) => typeof form === 'string' && form.trim() && hasExactly(target, form, targetLang)))
    .filter((term) => !reported.has(term.source) && reported.add(term.source))
    .map((term) =>
      typeof term.target === 'string' && term.target.trim() && term.target !== term.source
        ? issue('do-not-translate.missingOrForm', { term: term.source, form: term.target })
        : issue('do-not-translate.missing', { term: term.source }),
    );
}
