import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchFold, searchable } from './search-text';

describe('searchFold', () => {
  it.each([
    ['Київ', 'київ'],
    ['КИЇВ', 'київ'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Ägypten', 'ägypten'],
    ['A\u0308GYPTEN', 'ägypten'],
    ['ﬁnal', 'final'],
    ['ＫＹＩＶ', 'kyiv'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['οδός', 'οδόσ'],
    ['هجوم على كييف', 'هجوم على كييف'],
    ['北京', '北京'],
  ])('%s → %s', (text, folded) => {
    expect(searchFold(text)).toBe(folded);
  });

  it('gives a text and its upper- and lower-case forms the same search form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const folded = searchFold(text);
        expect(searchFold(text.toUpperCase())).toBe(folded);
        expect(searchFold(text.toLowerCase())).toBe(folded);
        expect(searchFold(folded)).toBe(folded);
      }),
    );
  });

  it('keeps a found word found inside a longer text: folding a word gives a part of the folded text around it', () => {
    const letters = ['a', 'Z', 'ß', 'ẞ', 'Ä', 'ä', 'A\u0308', 'К', 'и', 'ї', 'Ї', 'Σ', 'σ', 'ς', 'İ', 'ı', 'ﬁ', 'ع', 'كي', '中', 'Ω', 'ǅ'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
    const text = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(text, word, text, (before, found, after) => {
        expect(searchFold(`${before} ${found} ${after}`)).toContain(searchFold(found));
        expect(searchFold(`${before} ${found.toUpperCase()} ${after}`)).toContain(searchFold(found));
      }),
    );
  });

  it('searchable gives the text unchanged with its search form', () => {
    expect(searchable('Київ')).toEqual({ text: 'Київ', searchText: 'київ' });
  });
});
