import { describe, expect, it } from 'vitest';
import { checkNumbersAcrossLanguages } from './cross-language';
import { edit, english, LANGUAGES, translation } from './welt-seed.test-helper';

const all = (n: number) => Object.fromEntries(LANGUAGES.map((lang) => [lang, translation(lang, n)]));

describe('numbers across languages', () => {
  it('names the languages that agree with the source', () => {
    const targets = { de: translation('de', 15), fr: translation('fr', 15), uk: edit(translation('uk', 15), 'атаку 215', 'атаку 251') };
    expect(checkNumbersAcrossLanguages({ source: english(15).text, targets })).toEqual({
      de: [],
      fr: [],
      uk: [
        {
          check: 'cross-language-numbers',
          severity: 'error',
          code: 'cross-language-numbers.replaced',
          params: { languages: ['de', 'fr'], number: '215', target: '251' },
          message: 'French and German have 215; this translation has 251.',
        },
      ],
    });
  });

  it('catches an Arabic slip in the number of soldiers', () => {
    const targets = { ...all(11), ar: edit(translation('ar', 11), 'يموت 5000 جندي', 'يموت 500 جندي') };
    expect(checkNumbersAcrossLanguages({ source: english(11).text, targets }).ar.map((issue) => issue.message)).toEqual([
      'French, German and Ukrainian have 5000; this translation has 500.',
    ]);
  });

  it('compares written-out numbers with digits', () => {
    // acht, huit, 8 — and a Ukrainian дев’ять.
    const targets = { ...all(5), uk: edit(translation('uk', 5), 'щонайменше вісім', 'щонайменше дев’ять') };
    expect(checkNumbersAcrossLanguages({ source: english(5).text, targets }).uk.map((issue) => issue.message)).toEqual([
      'Arabic, French and German have 8; this translation has дев’ять.',
    ]);
  });

  it('is quiet where every translation agrees with the source', () => {
    for (let n = 1; n <= 12; n++) {
      const result = checkNumbersAcrossLanguages({ source: english(n).text, targets: all(n) });
      expect(Object.values(result).flat()).toEqual([]);
    }
  });

  it('finds the six children the outdated German paragraph 14 lacks', () => {
    const result = checkNumbersAcrossLanguages({ source: english(14).text, targets: all(14) });
    expect(result).toEqual({
      de: [
        {
          check: 'cross-language-numbers',
          severity: 'error',
          code: 'cross-language-numbers.missing',
          params: { languages: ['ar', 'fr', 'uk'], number: '6' },
          message: 'Arabic, French and Ukrainian have 6; this translation does not.',
        },
      ],
      fr: [],
      uk: [],
      ar: [],
    });
  });

  it('reports a number no other text has, and leaves a number all translations share to the single-text check', () => {
    const added = edit(translation('fr', 16), 'Le président ukrainien', 'Le président ukrainien, 47 ans,');
    expect(checkNumbersAcrossLanguages({ source: english(16).text, targets: { ...all(16), fr: added } }).fr.map((issue) => issue.message)).toEqual([
      'This translation has 47; the source, Arabic, German and Ukrainian do not.',
    ]);
    const allWrong = { de: 'mit 251 Drohnen', fr: 'de 251 drones', uk: '251 дронів' };
    expect(Object.values(checkNumbersAcrossLanguages({ source: 'attacks with 215 drones', targets: allWrong })).flat()).toEqual([]);
  });
});
