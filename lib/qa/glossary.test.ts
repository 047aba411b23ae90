import { describe, expect, it } from 'vitest';
import { checkDoNotTranslate, checkGlossaryMissing, glossaryTermsFor, textHasTerm } from './glossary';
import { edit, glossary, glossaryFile, seeded, translatedParagraphs, translation } from './welt-seed.test-helper';

const missing = (input: Parameters<typeof checkGlossaryMissing>[0]) => checkGlossaryMissing(input).map((issue) => issue.message);
const untranslated = (input: Parameters<typeof checkDoNotTranslate>[0]) => checkDoNotTranslate(input).map((issue) => issue.message);

describe('glossary-missing', () => {
  it('reports a name spelled other than the glossary says', () => {
    expect(checkGlossaryMissing(seeded('de', 5, edit(translation('de', 5), 'In Kiew', 'In Kyjiw')))).toEqual([
      {
        check: 'glossary-missing',
        severity: 'warning',
        code: 'glossary-missing.notUsed',
        params: { term: 'Kyiv', target: 'Kiew' },
        message: 'The glossary translates “Kyiv” as “Kiew”; the translation does not use it.',
      },
    ]);
    expect(missing(seeded('fr', 24, edit(translation('fr', 24), 'Dmitri Peskov,', 'Dmitri Peskow,').replace('Dmitri Peskov dans', 'il dans')))).toEqual([
      'The glossary translates “Peskov” as “Peskov”; the translation does not use it.',
    ]);
    expect(missing(seeded('uk', 16, translation('uk', 16).replaceAll('Зеленський', 'Зеленскій')))).toEqual([
      'The glossary translates “Zelensky” as “Зеленський”; the translation does not use it.',
    ]);
    expect(missing(seeded('ar', 5, edit(translation('ar', 5), 'البيت الأبيض', 'المقر الرئاسي')))).toEqual([
      'The glossary translates “White House” as “البيت الأبيض”; the translation does not use it.',
    ]);
  });

  it('accepts German and Ukrainian inflection, compounds, elision and Arabic prefixes', () => {
    // Kiews, Kremlchef, vor dem Weißen Haus; у Києві, Білого дому, у Білому домі; l’armée de l’air.
    for (const [lang, n] of translatedParagraphs()) expect(missing(seeded(lang, n))).toEqual([]);
    expect(textHasTerm('Kiews Bürgermeister', 'Kiew', 'de')).toBe(true);
    expect(textHasTerm('у Білому домі', 'Білий дім', 'uk')).toBe(true);
    expect(textHasTerm('Selon l’armée de l’air ukrainienne', 'armée de l’air', 'fr')).toBe(true);
    expect(textHasTerm('وقال زعيم الكرملين', 'الكرملين', 'ar')).toBe(true);
    expect(textHasTerm('Kyjiw', 'Kiew', 'de')).toBe(false);
  });

  it('finds the source term with a possessive and the variant spelling', () => {
    // "Ukrainian President Zelenskyy's refusal", paragraph 22.
    expect(missing(seeded('de', 22, edit(translation('de', 22), 'Präsidenten Selenskyj', 'Präsidenten')))).toEqual([
      'The glossary translates “Zelenskyy” as “Selenskyj”; the translation does not use it.',
    ]);
  });
});

describe('do-not-translate', () => {
  it('reports a translated brand name as an error', () => {
    expect(checkDoNotTranslate(seeded('de', 11, edit(translation('de', 11), 'auf Truth Social', 'auf Wahrheit Sozial')))).toEqual([
      {
        check: 'do-not-translate',
        severity: 'error',
        code: 'do-not-translate.missing',
        params: { term: 'Truth Social' },
        message: 'Keep “Truth Social” as it is, untranslated; the translation does not have it.',
      },
    ]);
    expect(untranslated(seeded('uk', 14, edit(translation('uk', 14), 'у Telegram', 'у Телеграмі')))).toEqual([
      'Keep “Telegram” as it is, untranslated; the translation does not have it.',
    ]);
    expect(untranslated(seeded('de', 3, 'Welt'))).toEqual(['Keep “WELT” as it is, untranslated; the translation does not have it.']);
    expect(untranslated(seeded('fr', 24, edit(translation('fr', 24), '«\u202FLe Point\u202F»', 'Le Point')))).toEqual([]);
    expect(untranslated(seeded('fr', 15, edit(translation('fr', 15), 'sur Telegram', 'sur la messagerie Télégramme')))).toEqual([
      'Keep “Telegram” as it is, untranslated; the translation does not have it.',
    ]);
  });

  it('accepts the name unchanged, or in the form the glossary gives a script that transliterates it', () => {
    for (const [lang, n] of translatedParagraphs()) expect(untranslated(seeded(lang, n))).toEqual([]);
    expect(translation('ar', 11)).toContain('تروث سوشيال');
    expect(untranslated(seeded('ar', 11, edit(translation('ar', 11), 'تروث سوشيال', 'Truth Social')))).toEqual([]);
    expect(untranslated(seeded('ar', 11, edit(translation('ar', 11), 'منصة تروث سوشيال', 'منصته')))).toEqual([
      'Keep “Truth Social” (or “تروث سوشيال”) as it is, untranslated; the translation does not have it.',
    ]);
  });
});

describe('glossaryTermsFor', () => {
  it('resolves the glossary for a language', () => {
    const german = glossaryTermsFor(glossaryFile, 'de-DE');
    expect(german.find((term) => term.source === 'Zelenskyy')).toMatchObject({ target: 'Selenskyj', doNotTranslate: false });
    expect(german.find((term) => term.source === 'WELT')).toMatchObject({ target: 'WELT', doNotTranslate: true });
    // No Arabic form of Ukrayinska Pravda is in the glossary.
    expect(glossary('ar').some((term) => term.source === 'Ukrayinska Pravda')).toBe(false);
  });

  it('has every term the article needs, each with a note', () => {
    const sources = glossaryFile.terms.map((term) => term.source);
    for (const term of ['Zelensky', 'Zelenskyy', 'Kyiv', 'Kremlin', 'Peskov', 'Crimea', 'Luhansk', 'Donetsk', 'Zaporizhia', 'Kherson', 'Klitschko', 'Sybiha', 'Putin', 'Trump', 'Vance', 'Truth Social', 'Telegram', 'WELT', 'Ukrayinska Pravda', 'Le Point', 'White House', 'ceasefire', 'Air Force']) {
      expect(sources).toContain(term);
    }
    expect(glossaryFile.terms.filter((term) => term.doNotTranslate).map((term) => term.source).sort()).toEqual(['Le Point', 'Telegram', 'Truth Social', 'WELT']);
    for (const term of glossaryFile.terms) expect(term.note?.length).toBeGreaterThan(10);
  });
});
