import { describe, expect, it } from 'vitest';
import { checkLength } from './length';
import { seeded, translatedParagraphs, translation } from './welt-seed.test-helper';

describe('length ratio', () => {
  it('reports a translation that lost its sentences', () => {
    const firstSentence = translation('de', 15).split('. ')[0] + '.';
    expect(checkLength(seeded('de', 15, firstSentence))).toEqual([
      {
        check: 'length-ratio',
        severity: 'warning',
        code: 'length-ratio.short',
        params: { percent: 20, low: 90, high: 160, sourceLanguage: 'en', targetLanguage: 'de' },
        message: "The translation is 20% of the source's length; 90–160% is usual for English to German. Check for missing text.",
      },
    ]);
    expect(checkLength(seeded('ar', 8, translation('ar', 8).split('.')[0] + '.'))).toHaveLength(1);
    expect(checkLength(seeded('fr', 7, translation('fr', 7).split(' – ')[0] + '.'))).toHaveLength(1);
  });

  it('reports a translation that says things twice', () => {
    const twice = `${translation('uk', 16)} ${translation('uk', 16)}`;
    expect(checkLength(seeded('uk', 16, twice)).map((issue) => issue.message)).toEqual([
      "The translation is 203% of the source's length; 75–140% is usual for English to Ukrainian. Check for added or repeated text.",
    ]);
  });

  it('is quiet on every seeded translation', () => {
    for (const [lang, n] of translatedParagraphs()) expect(checkLength(seeded(lang, n))).toEqual([]);
  });

  it('leaves short sources and unknown language pairs alone', () => {
    expect(checkLength(seeded('de', 1, 'Donnerstag, der vierundzwanzigste Tag des Monats April im Jahre 2025'))).toEqual([]);
    expect(checkLength({ source: 'x'.repeat(100), target: 'y', targetLang: 'ja' })).toEqual([]);
  });
});
