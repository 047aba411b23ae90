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

describe('the stem rule', () => {
  it('finds a Ukrainian region in its cases, alone or in a list that shares "області"', () => {
    for (const text of [
      'Вибухи пролунали в Луганській області.',
      'Окупанти обстріляли населені пункти Луганської області.',
      'Росія контролює майже всю Луганську область.',
      'Над Луганською областю збили два дрони.',
      'Ідеться про Луганську, Донецьку, Запорізьку та Херсонську області, які Росія частково окупувала.',
    ]) {
      expect(textHasTerm(text, 'Луганська область', 'uk')).toBe(true);
    }
    expect(textHasTerm('Удари по Херсонській і Запорізькій областях.', 'Запорізька область', 'uk')).toBe(true);
    expect(textHasTerm('У Донецькій області тривають бої.', 'Донецька область', 'uk')).toBe(true);
    // Another region, the city, or the word split by a sentence's end is not the term.
    expect(textHasTerm('Вибухи пролунали в Донецькій області.', 'Луганська область', 'uk')).toBe(false);
    expect(textHasTerm('Вибухи пролунали в Луганську.', 'Луганська область', 'uk')).toBe(false);
    expect(textHasTerm('Луганську, 12 міст і 40 сіл області', 'Луганська область', 'uk')).toBe(false);
  });

  it('finds German and Ukrainian names and terms in their inflected forms', () => {
    expect(textHasTerm('nachdem er mehrere Dekrete unterzeichnet hatte', 'Dekret', 'de')).toBe(true);
    expect(textHasTerm('am Rande eines Treffens mit dem norwegischen Ministerpräsidenten Jonas Gahr Støre', 'Jonas Gahr Støre', 'de')).toBe(true);
    expect(textHasTerm('на полях зустрічі з прем’єр-міністром Норвегії Йонасом Гаром Стере', 'Йонас Гар Стере', 'uk')).toBe(true);
    expect(textHasTerm('після підписання кількох виконавчих указів', 'виконавчий указ', 'uk')).toBe(true);
    expect(textHasTerm('закликає очільника Кремля Володимира Путіна', 'очільник Кремля', 'uk')).toBe(true);
    expect(textHasTerm('بعد توقيعه عدة أوامر تنفيذية', 'أمر تنفيذي', 'ar')).toBe(true);
    expect(textHasTerm('nachdem er mehrere Erlasse unterzeichnet hatte', 'Dekret', 'de')).toBe(false);
  });

  it('reports a seeded region that lost its name', () => {
    expect(missing(seeded('uk', 25, edit(translation('uk', 25), 'Луганську, ', '')))).toEqual([
      'The glossary translates “Luhansk region” as “Луганська область”; the translation does not use it.',
    ]);
    expect(missing(seeded('de', 19, edit(translation('de', 19), 'mehrere Dekrete', 'mehrere Anordnungen')))).toEqual([
      'The glossary translates “executive order” as “Dekret”; the translation does not use it.',
    ]);
    expect(missing(seeded('ar', 15, edit(translation('ar', 15), '«أوكراينسكا برافدا»', '«برافدا»')))).toEqual([
      'The glossary translates “Ukrayinska Pravda” as “أوكراينسكا برافدا”; the translation does not use it.',
    ]);
    expect(missing(seeded('fr', 5, edit(translation('fr', 5), 'le maître du Kremlin', 'le chef russe')))).toEqual([
      'The glossary translates “Kremlin leader” as “maître du Kremlin”; the translation does not use it.',
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
    expect(glossary('ar').find((term) => term.source === 'Ukrayinska Pravda')).toMatchObject({ target: 'أوكراينسكا برافدا', doNotTranslate: false });
    // Regions have a Ukrainian entry only: other languages name them by the place's own entry.
    expect(glossaryTermsFor(glossaryFile, 'uk').find((term) => term.source === 'Luhansk region')).toMatchObject({ target: 'Луганська область' });
    expect(glossary('de').some((term) => term.source === 'Luhansk region')).toBe(false);
    // A do-not-translate entry keeps the source as its target.
    for (const term of glossaryFile.terms.filter((entry) => entry.doNotTranslate)) expect(term.targets.de).toBe(term.source);
  });

  it('has every term the article needs, each with a note', () => {
    const sources = glossaryFile.terms.map((term) => term.source);
    for (const term of ['Zelensky', 'Zelenskyy', 'Kyiv', 'Kremlin', 'Peskov', 'Crimea', 'Luhansk', 'Donetsk', 'Zaporizhia', 'Kherson', 'Klitschko', 'Sybiha', 'Putin', 'Trump', 'Vance', 'Truth Social', 'Telegram', 'WELT', 'Ukrayinska Pravda', 'Le Point', 'White House', 'ceasefire', 'Air Force', 'Luhansk region', 'Donetsk region', 'Zaporizhia region', 'Kherson region', 'Kremlin leader', 'executive order', 'Jonas Gahr Støre']) {
      expect(sources).toContain(term);
    }
    expect(glossaryFile.terms.filter((term) => term.doNotTranslate).map((term) => term.source).sort()).toEqual(['Le Point', 'Telegram', 'Truth Social', 'WELT']);
    for (const term of glossaryFile.terms) expect(term.note?.length).toBeGreaterThan(10);
  });
});
