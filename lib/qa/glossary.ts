// The glossary checks: a term of the source is translated as the glossary says (glossary-missing),
// and a do-not-translate name such as "Truth Social" or "WELT" stays as it is (do-not-translate).
import { findGlossaryTerms } from '../glossary-match';
import { issue, type QaIssue } from './messages';
import { baseLanguage, foldWord, wordsOf } from './text';
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

/** Whether one word of the text is a form of one word of the term. */
function sameWord(textWord: string, termWord: string, original: string, lang: string): boolean {
  if (lang === 'ar') return textWord.includes(termWord);
  if (INFLECTING.has(lang)) {
    // The stem: the first max(4, length − 2) letters of the term's word.
    const length = Array.from(original).length;
    const stem = Array.from(termWord).slice(0, Math.max(4, length - 2)).join('');
    return textWord.startsWith(stem);
  }
  return textWord === termWord || textWord === `${termWord}s` || textWord === `${termWord}x`;
}

/** Whether the text uses the term (in any case, inflected where the language inflects). */
export function textHasTerm(text: string, term: string, lang: string): boolean {
  const code = baseLanguage(lang);
  const termWords = wordsOf(term, code);
  if (!termWords.length) return true;
  const textWords = wordsOf(text, code).map((word) => comparable(word.text, code));
  const wanted = termWords.map((word) => ({ folded: comparable(word.text, code), original: foldWord(word.text, code) }));
  for (let i = 0; i + wanted.length <= textWords.length; i++) {
    if (wanted.every((word, j) => sameWord(textWords[i + j], word.folded, word.original, code))) return true;
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
