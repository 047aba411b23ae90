import { describe, expect, it } from 'vitest';
import { checkEmpty } from './empty';
import { LANGUAGES, seeded } from './welt-seed.test-helper';

describe('empty', () => {
  it('reports an empty or blank translation', () => {
    expect(checkEmpty(seeded('de', 5, ''))).toEqual([{ check: 'empty', severity: 'error', code: 'empty.blank', params: {}, message: 'The translation is empty.' }]);
    expect(checkEmpty(seeded('uk', 5, ' \u00A0\n'))).toHaveLength(1);
    expect(checkEmpty(seeded('fr', 5, '\u202F'))).toHaveLength(1);
  });

  it('is quiet on the seeded translations, and on an empty source', () => {
    for (const lang of LANGUAGES) expect(checkEmpty(seeded(lang, 5))).toEqual([]);
    expect(checkEmpty({ source: '', target: '', targetLang: 'de' })).toEqual([]);
  });

  it('reports a seeded paragraph left untranslated', () => {
    expect(checkEmpty(seeded('ar', 13, ''))).toEqual([{ check: 'empty', severity: 'error', code: 'empty.blank', params: {}, message: 'The translation is empty.' }]);
  });
});
