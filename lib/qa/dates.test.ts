import { describe, expect, it } from 'vitest';
import { checkDates } from './dates';
import { edit, LANGUAGES, seeded, translation } from './welt-seed.test-helper';

const messages = (input: Parameters<typeof checkDates>[0]) => checkDates(input).map((issue) => issue.message);

describe('dates', () => {
  it('finds Thursday and April in the dateline of every language', () => {
    for (const lang of LANGUAGES) expect(messages(seeded(lang, 1))).toEqual([]);
    expect(checkDates(seeded('de', 1, 'Mittwoch, 24. April 2025'))).toEqual([
      { check: 'dates', severity: 'error', code: 'dates.dayReplaced', params: { day: 4, target: 'Mittwoch' }, message: 'The source says Thursday; the translation says Mittwoch instead.' },
    ]);
    expect(messages(seeded('ar', 1, edit(translation('ar', 1), 'أبريل/نيسان', 'مايو')))).toEqual([
      'The source says April; the translation says مايو instead.',
    ]);
    expect(messages(seeded('fr', 1, 'jeudi 24 2025'))).toEqual(['The source says April; the translation has no avril.']);
  });

  it('accepts "Thursday night" as the night to Thursday, also when the eve is named', () => {
    // In der Nacht zu Donnerstag; dans la nuit de mercredi à jeudi; у ніч на четвер.
    expect(messages(seeded('de', 13))).toEqual([]);
    expect(messages(seeded('fr', 13))).toEqual([]);
    expect(messages(seeded('uk', 13))).toEqual([]);
    expect(messages(seeded('fr', 13, edit(translation('fr', 13), 'de mercredi à jeudi', 'de mercredi')))).toEqual([
      'The source says Thursday; the translation says mercredi instead.',
    ]);
  });

  it('reads inflected Ukrainian days', () => {
    // У п’ятницю ... в неділю
    expect(messages(seeded('uk', 20))).toEqual([]);
    expect(messages(seeded('uk', 20, edit(translation('uk', 20), 'в неділю', 'в суботу')))).toEqual([
      'The source says Sunday; the translation says суботу instead.',
    ]);
    expect(messages(seeded('uk', 18, edit(translation('uk', 18), 'У середу ', '')))).toEqual([
      'The source says Wednesday; the translation has no середа.',
    ]);
  });

  it('reports a day the source does not mention', () => {
    const added = edit(translation('de', 11), 'am Donnerstag', 'am Donnerstag und am Freitag');
    expect(messages(seeded('de', 11, added))).toEqual(['The translation has Freitag, a day the source does not mention (Friday).']);
    expect(messages(seeded('ar', 11))).toEqual([]);
  });

  it('does not take the verbs "may" and "march" for months, nor the Arabic verb مارس', () => {
    expect(messages({ source: 'Trump May Visit Kyiv as Troops March On', target: 'Trump könnte Kiew besuchen', targetLang: 'de' })).toEqual([]);
    expect(messages({ source: 'He visited Kyiv in May 2024.', target: 'Er besuchte Kiew im Juni 2024.', targetLang: 'de' })).toEqual([
      'The source says May; the translation says Juni instead.',
    ]);
    // مارس ضغوطا: "he exerted pressure".
    expect(messages({ source: 'Trump put pressure on Kyiv.', target: 'ومارس ترامب ضغوطا على كييف.', targetLang: 'ar' })).toEqual([]);
  });
});
