import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseCompareLanguages, compareHref, compareLanguagesCookie, MAX_COMPARE_LANGUAGES, parseLanguageList } from './compare-languages';

const available = ['ar', 'fr', 'de', 'uk'];

describe('parseLanguageList', () => {
  it('splits on commas and spaces, lower-cases, and drops repeats and empties', () => {
    expect(parseLanguageList('de, FR,,de uk')).toEqual(['de', 'fr', 'uk']);
  });
  it('joins repeated parameters and reads an encoded comma', () => {
    expect(parseLanguageList(['de', 'fr'])).toEqual(['de', 'fr']);
    expect(parseLanguageList('de%2Cfr')).toEqual(['de', 'fr']);
  });
  it('keeps what it echoes back small', () => {
    expect(parseLanguageList('x'.repeat(500))).toEqual(['x'.repeat(20)]);
    expect(parseLanguageList(Array.from({ length: 50 }, (_, i) => `l${i}`).join(','))).toHaveLength(20);
  });
  it('reads nothing from nothing', () => {
    expect(parseLanguageList(undefined)).toEqual([]);
    expect(parseLanguageList('')).toEqual([]);
  });
});

describe('chooseCompareLanguages', () => {
  it('shows the languages asked for, in that order, and names the ones it ignored', () => {
    expect(chooseCompareLanguages({ requested: 'uk,xx,de,en', remembered: 'fr', available })).toEqual({
      codes: ['uk', 'de'],
      ignored: ['xx', 'en'],
      overLimit: [],
    });
  });
  it('falls back to the remembered choice, then to every language', () => {
    expect(chooseCompareLanguages({ requested: undefined, remembered: 'de,fr', available }).codes).toEqual(['de', 'fr']);
    expect(chooseCompareLanguages({ requested: 'xx', remembered: 'de,fr', available })).toMatchObject({ codes: ['de', 'fr'], ignored: ['xx'] });
    expect(chooseCompareLanguages({ requested: undefined, remembered: 'es,it', available }).codes).toEqual(available);
    expect(chooseCompareLanguages({ requested: undefined, remembered: undefined, available }).codes).toEqual(available);
  });
  it('shows at most six languages', () => {
    const many = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    expect(chooseCompareLanguages({ requested: undefined, remembered: undefined, available: many })).toEqual({
      codes: many.slice(0, 6),
      ignored: [],
      overLimit: ['a7', 'a8'],
    });
  });
});

describe('compareLanguagesCookie and compareHref', () => {
  it('remembers the choice for a year on every path', () => {
    expect(compareLanguagesCookie(['de', 'fr'])).toBe('redline-compare-langs=de%2Cfr; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(compareLanguagesCookie(['de'], { secure: true })).toMatch(/; Secure$/);
  });
  it('keeps the commas readable in the address', () => {
    expect(compareHref('welt-trump-putin', ['de', 'fr'])).toBe('/documents/welt-trump-putin/compare?langs=de,fr');
    expect(compareHref('welt-trump-putin', ['de'], 2)).toBe('/documents/welt-trump-putin/compare?langs=de&page=2');
  });
});

describe('the compare grid', () => {
  it('has a column count in its style sheet for every number of languages it may show', () => {
    const css = readFileSync(new URL('../components/compare/compare.css', import.meta.url), 'utf8');
    for (let n = 1; n <= MAX_COMPARE_LANGUAGES; n++) expect(css).toContain(`.compare-grid[data-languages='${n}'] { --compare-languages: ${n}; }`);
  });
});
