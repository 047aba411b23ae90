import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyString, newsText } from '../tests/support/multilingual-text';
import { countWords, isWordToken, tokenize } from './text-tokens';

describe('tokenize', () => {
  it('splits news text into words, white space and single other characters', () => {
    expect(tokenize('Laut A.Bürgermeister kamen 3 Menschen.')).toEqual(['Laut', ' ', 'A', '.', 'Bürgermeister', ' ', 'kamen', ' ', '3', ' ', 'Menschen', '.']);
    expect(tokenize('„Stopp!“ —  sagte er.')).toEqual(['„', 'Stopp', '!', '“', ' ', '—', '  ', 'sagte', ' ', 'er', '.']);
  });

  it('keeps inner apostrophes and hyphens, and numbers with separators, in their word', () => {
    expect(tokenize('дев’ять')).toEqual(['дев’ять']);
    expect(tokenize("aujourd'hui l’Élysée")).toEqual(["aujourd'hui", ' ', 'l’Élysée']);
    expect(tokenize('die Trump-Regierung')).toEqual(['die', ' ', 'Trump-Regierung']);
    expect(tokenize('1.000 Euro, 3,5 Prozent, am 24.04.2025.')).toEqual(['1.000', ' ', 'Euro', ',', ' ', '3,5', ' ', 'Prozent', ',', ' ', 'am', ' ', '24.04.2025', '.']);
    expect(tokenize("'Kyiv' - Rock'n'Roll-")).toEqual(["'", 'Kyiv', "'", ' ', '-', ' ', "Rock'n'Roll", '-']);
  });

  it('keeps letters with their combining marks, Arabic vowels and tatweel included', () => {
    expect(tokenize('e\u0301te\u0301 مُحَمَّد كبيــر')).toEqual(['e\u0301te\u0301', ' ', 'مُحَمَّد', ' ', 'كبيــر']);
  });

  it('makes each Chinese or Japanese character a token: those scripts put no spaces between words', () => {
    expect(tokenize('特朗普说：让步。')).toEqual(['特', '朗', '普', '说', '：', '让', '步', '。']);
    expect(tokenize('Putin让步')).toEqual(['Putin', '让', '步']);
    expect(tokenize('ひらがなカタカナ')).toHaveLength(8);
  });

  it('keeps an emoji whole: skin tones, families, flags, keycaps', () => {
    expect(tokenize('👍🏽👨‍👩‍👧🇺🇦🇩🇪1️⃣❤️🏴󠁧󠁢󠁥󠁮󠁧󠁿')).toEqual(['👍🏽', '👨‍👩‍👧', '🇺🇦', '🇩🇪', '1️⃣', '❤️', '🏴󠁧󠁢󠁥󠁮󠁧󠁿']);
  });

  it('makes every run of white space one token: spaces, tabs, no-break spaces, line breaks', () => {
    expect(tokenize('a \t\u00A0b\r\n\nc')).toEqual(['a', ' \t\u00A0', 'b', '\r\n\n', 'c']);
  });

  it('gives back the text, token by token, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, anyString), (text) => {
        const tokens = tokenize(text);
        expect(tokens.join('')).toBe(text);
        expect(tokens.every((token) => token.length > 0)).toBe(true);
        // A token never ends inside a character (between the halves of a surrogate pair).
        tokens.forEach((token, i) => {
          if (i > 0 && /^[\uDC00-\uDFFF]/.test(token)) expect(tokens[i - 1]).not.toMatch(/[\uD800-\uDBFF]$/);
        });
        // White space comes in maximal runs.
        tokens.forEach((token, i) => {
          if (i > 0 && /^\s/.test(token)) expect(tokens[i - 1]).not.toMatch(/\s$/);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('tokenizes long texts in linear time', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Wort${i}, `).join('');
    const started = performance.now();
    expect(tokenize(text)).toHaveLength(60_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('words', () => {
  it('counts letters and numbers as words, not punctuation, spaces or emoji', () => {
    expect(['Kyiv', '3', '1.000', 'дев’ять', '让', 'مُحَمَّد'].every(isWordToken)).toBe(true);
    expect(['.', ' ', '—', '👍', '1️⃣', '«'].some(isWordToken)).toBe(false);
    expect(countWords('Laut A.Bürgermeister kamen 3 Menschen 👍.')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});
