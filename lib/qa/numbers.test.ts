import { describe, expect, it } from 'vitest';
import { checkNumbers, findNumbers } from './numbers';
import { edit, english, germanDraft, seeded, translation } from './welt-seed.test-helper';

const messages = (input: Parameters<typeof checkNumbers>[0]) => checkNumbers(input).map((issue) => issue.message);

describe('numbers', () => {
  it('catches 251 for 215 in German paragraph 15 and is quiet on the seeded text', () => {
    expect(checkNumbers(seeded('de', 15, germanDraft(15)))).toEqual([
      { check: 'numbers', severity: 'error', code: 'numbers.replaced', params: { source: '215', target: '251' }, message: 'The source has 215; the translation has 251 instead.' },
    ]);
    expect(checkNumbers(seeded('de', 15))).toEqual([]);
  });

  it('catches 17 injured for 70 (German draft of paragraph 13)', () => {
    expect(messages(seeded('de', 13, germanDraft(13)))).toEqual(['The source has 70; the translation has 17 instead.']);
  });

  it('reads written-out numbers: "eight" is вісім, not дев’ять', () => {
    const wrong = edit(translation('uk', 13), 'щонайменше вісім', 'щонайменше дев’ять');
    expect(messages(seeded('uk', 13, wrong))).toEqual(['“eight (8)” is missing from the translation.']);
    expect(messages(seeded('uk', 13))).toEqual([]);
    // The same word with a typewriter apostrophe.
    expect(messages(seeded('uk', 13, translation('uk', 13).replace('дев’ять', "дев'ять")))).toEqual([]);
  });

  it('accepts inflected and collective forms: шестеро дітей, чотирма регіонами, п’ятої частини', () => {
    expect(messages(seeded('uk', 14))).toEqual([]);
    expect(messages(seeded('uk', 25))).toEqual([]);
    expect(messages(seeded('uk', 7))).toEqual([]);
    expect(messages(seeded('uk', 14, edit(translation('uk', 14), 'шестеро дітей', 'семеро дітей')))).toEqual([
      'The source has six (6); the translation has семеро instead.',
    ]);
  });

  it('reads German, French and Arabic number words and fractions', () => {
    expect(messages(seeded('de', 5))).toEqual([]);
    expect(messages(seeded('de', 5, edit(translation('de', 5), 'mindestens acht', 'mindestens neun')))).toEqual([
      'The source has eight (8); the translation has neun instead.',
    ]);
    expect(messages(seeded('fr', 13))).toEqual([]);
    expect(messages(seeded('fr', 13, edit(translation('fr', 13), 'au moins huit', 'au moins sept')))).toEqual([
      'The source has eight (8); the translation has sept instead.',
    ]);
    // "one-fifth": ein Fünftel, un cinquième, خُمس; the German draft's "ein Viertel" is a quarter.
    for (const lang of ['de', 'fr', 'ar'] as const) expect(messages(seeded(lang, 7))).toEqual([]);
    expect(messages(seeded('de', 7, germanDraft(7)))).toEqual(['“fifth (5)” is missing from the translation.']);
  });

  it('accepts every thousands separator of the target language', () => {
    const french = translation('fr', 11);
    expect(french).toContain('5\u202F000 soldats');
    expect(messages(seeded('fr', 11))).toEqual([]);
    for (const written of ['5\u00A0000', '5 000', '5000', '5.000']) {
      expect(messages(seeded('fr', 11, french.replace('5\u202F000', written)))).toEqual([]);
    }
    expect(messages(seeded('fr', 11, french.replace('5\u202F000', '500')))).toEqual(['The source has 5,000; the translation has 500 instead.']);
    expect(messages(seeded('uk', 11))).toEqual([]); // 5 000 with a no-break space
    expect(messages(seeded('de', 11))).toEqual([]); // 5000
    expect(messages(seeded('de', 11, edit(translation('de', 11), '5000', '5000 Tausend')))).toHaveLength(1);
  });

  it('reads decimals with a point or a comma', () => {
    const input = { source: 'The economy shrank by 1.5 percent in 2024.', targetLang: 'de' };
    expect(messages({ ...input, target: 'Die Wirtschaft schrumpfte 2024 um 1,5 Prozent.' })).toEqual([]);
    expect(messages({ ...input, target: 'Die Wirtschaft schrumpfte 2024 um 15 Prozent.' })).toEqual([
      'The source has 1.5; the translation has 15 instead.',
    ]);
  });

  it('reads Arabic-Indic digits and multipliers', () => {
    const arabic = translation('ar', 11);
    expect(messages(seeded('ar', 11))).toEqual([]);
    expect(messages(seeded('ar', 11, edit(arabic, '5000', '٥٠٠٠')))).toEqual([]);
    expect(messages(seeded('ar', 11, edit(arabic, '5000', '5 آلاف')))).toEqual([]);
    expect(messages(seeded('ar', 11, edit(arabic, '5000', '٥٠٠')))).toEqual(['The source has 5,000; the translation has ٥٠٠ instead.']);
    expect(messages(seeded('ar', 5, edit(translation('ar', 5), 'مقتل 8', 'مقتل ٩')))).toEqual([
      'The source has eight (8); the translation has ٩ instead.',
    ]);
  });

  it('counts years and days of dates as numbers', () => {
    expect(messages(seeded('de', 1))).toEqual([]);
    expect(messages(seeded('de', 1, 'Donnerstag, 24. April 2024'))).toEqual(['The source has 2025; the translation has 2024 instead.']);
  });

  it('reports a number the source does not have', () => {
    const added = edit(translation('de', 16), 'Der ukrainische Präsident', 'Der 47 Jahre alte ukrainische Präsident');
    expect(checkNumbers(seeded('de', 16, added))).toEqual([
      { check: 'numbers', severity: 'error', code: 'numbers.added', params: { number: '47' }, message: 'The translation has “47”, which is not in the source.' },
    ]);
  });

  it('does not require "one" and "two" of idioms, nor 1 and 2 in Arabic, which counts them with the noun', () => {
    // "it takes two to tango" is a Ukrainian proverb with one hand; "both of them" is "les deux".
    expect(messages(seeded('uk', 9))).toEqual([]);
    expect(messages(seeded('fr', 19))).toEqual([]);
    expect(messages(seeded('fr', 23))).toEqual([]);
    // "1 hour" is منذ ساعة, "an hour ago".
    expect(english(4).text).toContain('1 hour');
    expect(messages(seeded('ar', 4))).toEqual([]);
    expect(messages(seeded('de', 4, edit(translation('de', 4), 'vor 1 Stunde', 'vor Stunden')))).toEqual(['“1” is missing from the translation.']);
  });
});

describe('findNumbers', () => {
  const values = (text: string, lang: string) => findNumbers(text, lang).map((mention) => mention.values.join('|'));

  it('groups thousands in every style and keeps separate numbers apart', () => {
    expect(values('5,000 and 1,234,567.5', 'en')).toEqual(['5000|5', '1234567.5']);
    expect(values('5 000 und 1.234.567,5 und 2024 300', 'de')).toEqual(['5000', '1234567.5', '2024', '300']);
    expect(values('am 24.04.2025', 'de')).toEqual(['24', '4', '2025']);
    expect(values('٢١٥ و٤٨', 'ar')).toEqual(['215', '48']);
  });

  it('reads words for numbers, but not inside bigger numbers', () => {
    expect(values('twenty-five soldiers and eight drones', 'en')).toEqual(['8']);
    expect(values('dix-huit morts et huit blessés', 'fr')).toEqual(['8']);
    expect(values('двадцять п’ять і вісім', 'uk')).toEqual(['8']);
    expect(values('ثلاثة عشر جنديا', 'ar')).toEqual(['13']);
  });

  it('does not take لست ("I am not") for ست ("six")', () => {
    expect(values('لست سعيدا', 'ar')).toEqual([]);
  });
});

describe('findNumbers on times and amounts', () => {
  const values = (text: string, lang: string) => findNumbers(text, lang).map((mention) => mention.values.join('|'));

  it('reads the German time 10.30 Uhr as hours and minutes, and 10 p.m. as 22', () => {
    expect(values('um 10.30 Uhr', 'de')).toEqual(['10', '30']);
    const source = 'The attack began at 10:30 p.m.';
    expect(messages({ source, target: 'Der Angriff begann um 22.30 Uhr.', targetLang: 'de' })).toEqual([]);
    expect(messages({ source, target: 'L’attaque a commencé à 22 h 30.', targetLang: 'fr' })).toEqual([]);
    expect(messages({ source, target: 'Der Angriff begann um 21.30 Uhr.', targetLang: 'de' })).toEqual([
      'The source has 10; the translation has 21 instead.',
    ]);
  });

  it('multiplies by thousand, million and billion, with the German billion a thousand times larger', () => {
    const source = 'The US approved $1.5 billion in aid.';
    expect(messages({ source, target: 'Die USA bewilligten Hilfen von 1,5 Milliarden Dollar.', targetLang: 'de' })).toEqual([]);
    expect(messages({ source, target: 'Les États-Unis ont approuvé 1,5 milliard de dollars d’aide.', targetLang: 'fr' })).toEqual([]);
    expect(messages({ source, target: 'США схвалили 1,5 млрд доларів допомоги.', targetLang: 'uk' })).toEqual([]);
    expect(messages({ source, target: 'Die USA bewilligten Hilfen von 1,5 Billionen Dollar.', targetLang: 'de' })).toEqual([
      'The source has 1.5 billion; the translation has 1,5 Billionen instead.',
    ]);
  });
});
