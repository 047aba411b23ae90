// The seeded translations pass every error-level check: a new check that flags correct seed text
// is wrong, and a seed mistake shows up here.
import { describe, expect, it } from 'vitest';
import { checkConsistency, checkNumbersAcrossLanguages, checkTranslation } from '.';
import { english, LANGUAGES, PARAGRAPH_COUNT, seeded, sourceOf, translatedParagraphs, translation, type Language } from './welt-seed.test-helper';

/**
 * Genuine mistakes in the seed files, by language and paragraph, until the seed is fixed. A case
 * listed here must fail the checks (the test below makes sure), so the list cannot go stale.
 */
const KNOWN_SEED_ERRORS: Array<{ lang: Language; paragraph: number; problem: string }> = [];

const isKnown = (lang: Language, paragraph: number) => KNOWN_SEED_ERRORS.some((known) => known.lang === lang && known.paragraph === paragraph);

describe('the seeded translations', () => {
  it('cover the article: 25 paragraphs in every language', () => {
    expect(PARAGRAPH_COUNT).toBe(25);
    for (const lang of LANGUAGES) {
      expect(translatedParagraphs().filter(([other]) => other === lang).map(([, n]) => n)).toEqual(Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1));
    }
  });

  it.each(translatedParagraphs().filter(([lang, n]) => !isKnown(lang, n)))('%s paragraph %i has no error', (lang, n) => {
    const errors = checkTranslation(seeded(lang, n)).filter((issue) => issue.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('translate every sentence the English repeats the same way (the consistency check, over each whole language)', () => {
    for (const lang of LANGUAGES) {
      const paragraphs = translatedParagraphs()
        .filter(([other]) => other === lang)
        .map(([, n]) => ({ position: n, source: sourceOf(lang, n), target: translation(lang, n) }));
      expect(Object.values(checkConsistency({ lang, paragraphs })).flat()).toEqual([]);
    }
  });

  it('still fail where KNOWN_SEED_ERRORS says they do', () => {
    for (const { lang, paragraph } of KNOWN_SEED_ERRORS) {
      expect(checkTranslation(seeded(lang, paragraph)).some((issue) => issue.severity === 'error')).toBe(true);
    }
  });

  it('agree with each other on every number where all four languages are translated', () => {
    const complete = Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1).filter((n) => LANGUAGES.every((lang) => translation(lang, n).trim()));
    expect(complete).toHaveLength(PARAGRAPH_COUNT);
    // German paragraph 14 translates the English before its update: the cross-language check skips
    // an outdated translation (lib/server/qa/check-document-translation.ts), and so does this test.
    for (const n of complete) {
      const targets = Object.fromEntries(LANGUAGES.filter((lang) => sourceOf(lang, n) === english(n).text).map((lang) => [lang, translation(lang, n)]));
      const result = checkNumbersAcrossLanguages({ source: english(n).text, targets });
      expect(Object.entries(result).filter(([lang, issues]) => issues.length && !isKnown(lang as Language, n))).toEqual([]);
    }
  });
});
