import { describe, expect, it } from 'vitest';
import { checkRepeatedWords } from './repeated-words';
import { edit, seeded, translatedParagraphs, translation } from './welt-seed.test-helper';

const messages = (input: Parameters<typeof checkRepeatedWords>[0]) => checkRepeatedWords(input).map((issue) => issue.message);

describe('repeated words', () => {
  it('is quiet on every seeded paragraph', () => {
    for (const [lang, n] of translatedParagraphs()) expect(messages(seeded(lang, n))).toEqual([]);
  });

  it('catches "die die" in German, in any case', () => {
    expect(checkRepeatedWords(seeded('de', 13, edit(translation('de', 13), 'griff die Ukraine', 'griff die die Ukraine')))).toEqual([
      { check: 'repeated-words', severity: 'warning', code: 'repeated-words.repeated', params: { word: 'die', text: 'die die' }, message: 'The word “die” is repeated (“die die”); delete one.' },
    ]);
    expect(messages(seeded('de', 13, edit(translation('de', 13), 'Russland griff', 'Russland Russland griff')))).toHaveLength(1);
    expect(messages(seeded('de', 5, edit(translation('de', 5), 'In Kiew', 'In in Kiew')))).toEqual(['The word “in” is repeated (“In in”); delete one.']);
  });

  it('catches repeats in French, Ukrainian and Arabic', () => {
    expect(messages(seeded('fr', 13, edit(translation('fr', 13), 'La Russie a', 'La la Russie a')))).toHaveLength(1);
    expect(messages(seeded('uk', 13, edit(translation('uk', 13), 'знову атакувала', 'знову знову атакувала')))).toEqual([
      'The word “знову” is repeated (“знову знову”); delete one.',
    ]);
    expect(messages(seeded('ar', 11, edit(translation('ar', 11), 'انتقد بوتين', 'انتقد انتقد بوتين')))).toHaveLength(1);
  });

  it('leaves grammatical repeats alone', () => {
    expect(messages({ source: '', target: 'Menschen, die die Regierung kritisieren', targetLang: 'de' })).toEqual([]);
    expect(messages({ source: '', target: 'Nous nous sommes retirés.', targetLang: 'fr' })).toEqual([]);
    // Words apart from each other by a comma are not a slip.
    expect(messages({ source: '', target: 'Stopp, stopp!', targetLang: 'de' })).toEqual([]);
  });
});
