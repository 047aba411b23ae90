import { describe, expect, it } from 'vitest';
import { checkIdentical } from './identical';
import { english, LANGUAGES, seeded, translatedParagraphs } from './welt-seed.test-helper';

describe('identical', () => {
  it('reports English pasted as the translation', () => {
    expect(checkIdentical(seeded('de', 16, english(16).text))).toEqual([
      { check: 'identical', severity: 'warning', code: 'identical.sameAsSource', params: {}, message: 'The translation is the same as the source: translate it.' },
    ]);
    expect(checkIdentical(seeded('fr', 21, english(21).text))).toHaveLength(1);
    expect(checkIdentical(seeded('uk', 17, ` ${english(17).text}`))).toHaveLength(1);
    expect(checkIdentical(seeded('ar', 10, english(10).text))).toHaveLength(1);
  });

  it('leaves the masthead, numbers and short names alone', () => {
    for (const lang of LANGUAGES) expect(checkIdentical(seeded(lang, 3))).toEqual([]); // WELT
    expect(checkIdentical({ source: '24/04/2025', target: '24/04/2025', targetLang: 'uk' })).toEqual([]);
    expect(checkIdentical({ source: 'Jonas Støre', target: 'Jonas Støre', targetLang: 'de' })).toEqual([]);
    expect(checkIdentical({ source: 'Telegram', target: 'Telegram', targetLang: 'ar' })).toEqual([]);
  });

  it('is quiet on every seeded translation', () => {
    for (const [lang, n] of translatedParagraphs()) expect(checkIdentical(seeded(lang, n))).toEqual([]);
  });
});
