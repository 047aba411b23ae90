import { describe, expect, it } from 'vitest';
import { checkFinalPunctuation } from './punctuation';
import { edit, english, LANGUAGES, seeded, translation } from './welt-seed.test-helper';

const messages = (input: Parameters<typeof checkFinalPunctuation>[0]) => checkFinalPunctuation(input).map((issue) => issue.message);

describe('final punctuation', () => {
  it('is quiet on the seeded paragraphs, with closing quotes after the mark', () => {
    // .“  . »  ».  !»  ! »
    for (const lang of LANGUAGES) for (const n of [5, 6, 11, 12]) expect(messages(seeded(lang, n))).toEqual([]);
    expect(messages(seeded('de', 24))).toEqual([]); // „Le Point“. for "Le Point."
  });

  it('reports a missing or different final mark', () => {
    expect(checkFinalPunctuation(seeded('de', 6, edit(translation('de', 6), 'Zugeständnis.“', 'Zugeständnis“')))).toEqual([
      { check: 'final-punctuation', severity: 'warning', code: 'final-punctuation.missing', params: { source: '.' }, message: 'The source ends with “.”; the translation does not.' },
    ]);
    expect(messages(seeded('fr', 11, edit(translation('fr', 11), 'paix\u202F!\u202F»', 'paix.\u202F»')))).toEqual([
      'The source ends with “!”; the translation ends with “.” instead.',
    ]);
    expect(messages(seeded('uk', 18, edit(translation('uk', 18), '«складніше».', '«складніше»')))).toEqual([
      'The source ends with “.”; the translation does not.',
    ]);
  });

  it('takes the Arabic question mark for a question mark', () => {
    const source = 'To end the war and not take over the entire country?';
    expect(messages({ source, target: 'إنهاء الحرب وعدم الاستيلاء على البلد بأكمله؟', targetLang: 'ar' })).toEqual([]);
    expect(messages({ source, target: 'إنهاء الحرب وعدم الاستيلاء على البلد بأكمله.', targetLang: 'ar' })).toEqual([
      'The source ends with “?”; the translation ends with “.” instead.',
    ]);
  });

  it('leaves headlines, subheadings and bylines alone', () => {
    // '"Vladimir, STOP!" Trump writes.' is a subheading; the German has no period.
    expect(english(10).kind).toBe('subheading');
    expect(messages(seeded('de', 10))).toEqual([]);
    expect(messages({ ...seeded('de', 10), kind: 'body' })).toEqual(['The source ends with “.”; the translation does not.']);
  });
});
