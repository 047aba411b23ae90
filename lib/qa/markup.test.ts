import { describe, expect, it } from 'vitest';
import { checkMarkup, findMarkup } from './markup';
import { edit, LANGUAGES, seeded, translatedParagraphs, translation } from './welt-seed.test-helper';

const messages = (source: string, target: string, targetLang = 'de') => checkMarkup({ source, target, targetLang }).map((issue) => issue.message);

describe('markup', () => {
  it('reports a tag the English does not have as an error', () => {
    const pasted = edit(translation('de', 11), 'Truth Social', 'Truth Social<img src=x onerror=alert(1)>');
    expect(checkMarkup(seeded('de', 11, pasted))).toEqual([
      {
        check: 'markup',
        severity: 'error',
        code: 'markup.added',
        params: { item: '<img src=x onerror=alert(1)>' },
        message: 'The translation has <img src=x onerror=alert(1)>, which the source does not: tags, placeholders, links and addresses are copied exactly.',
      },
    ]);
    expect(messages('Explosions were reported in several cities.', 'Aus mehreren Städten wurden <script>alert(1)</script>Explosionen gemeldet.')).toEqual([
      'The translation has <script>, which the source does not: tags, placeholders, links and addresses are copied exactly.',
      'The translation has </script>, which the source does not: tags, placeholders, links and addresses are copied exactly.',
    ]);
    expect(messages('Russia attacked Ukraine again overnight.', 'Russland griff die Ukraine in der <b>Nacht</b> erneut an.')).toHaveLength(2);
  });

  it('keeps the tags of the English, compared by name: a translated alt text is fine, a dropped tag is not', () => {
    const source = 'Mayor Vitali Klitschko wrote on <b>Telegram</b>: <img src="kyiv.jpg" alt="Rubble in Kyiv">';
    expect(messages(source, 'Bürgermeister Vitali Klitschko schrieb auf <b>Telegram</b>: <img src="kyiv.jpg" alt="Trümmer in Kiew">')).toEqual([]);
    expect(messages(source, 'Bürgermeister Vitali Klitschko schrieb auf Telegram: <img src="kyiv.jpg" alt="Trümmer in Kiew">')).toEqual([
      'The source has <b>; the translation does not.',
      'The source has </b>; the translation does not.',
    ]);
  });

  it('reports placeholders dropped or added, in every style', () => {
    expect(messages('{count} drones were intercepted, the Air Force said.', 'Die Luftwaffe fing Drohnen ab.')).toEqual(['The source has {count}; the translation does not.']);
    expect(messages('{{count}} drones were intercepted.', '{{ count }} Drohnen wurden abgefangen.')).toEqual([]);
    expect(messages('%s drones were intercepted.', '%d Drohnen wurden abgefangen.')).toEqual([
      'The source has %s; the translation does not.',
      'The translation has %d, which the source does not: tags, placeholders, links and addresses are copied exactly.',
    ]);
    expect(messages('Trump spoke on {0}.', 'Trump sprach am {0} und am {1}.')).toEqual([
      'The translation has {1}, which the source does not: tags, placeholders, links and addresses are copied exactly.',
    ]);
  });

  it('reports a URL or e-mail address changed, dropped or added', () => {
    const source = 'Read the full interview at https://www.lepoint.fr/monde/peskov-2025.php or write to tips@welt.de.';
    expect(messages(source, 'Das ganze Interview unter https://www.lepoint.fr/monde/peskov-2025.php; Hinweise an tips@welt.de.')).toEqual([]);
    expect(messages(source, 'Das ganze Interview unter https://www.lepoint.de/monde/peskov-2025.php; Hinweise an tips@welt.de.')).toEqual([
      'The source has https://www.lepoint.fr/monde/peskov-2025.php; the translation has https://www.lepoint.de/monde/peskov-2025.php instead.',
    ]);
    expect(messages(source, 'Das ganze Interview bei „Le Point“; Hinweise an tipps@welt.de.')).toEqual([
      'The source has tips@welt.de; the translation has tipps@welt.de instead.',
      'The source has https://www.lepoint.fr/monde/peskov-2025.php; the translation does not.',
    ]);
    expect(messages('Explosions were reported in several cities.', 'Explosionen in mehreren Städten, siehe www.example.com.')).toEqual([
      'The translation has www.example.com, which the source does not: tags, placeholders, links and addresses are copied exactly.',
    ]);
  });

  it('is quiet on ordinary news text: quotation marks, comparisons, percentages, numbers, hashtags', () => {
    for (const [lang, n] of translatedParagraphs()) expect(checkMarkup(seeded(lang, n))).toEqual([]);
    expect(findMarkup('« Vladimir, STOP ! » 5 000 soldats meurent chaque semaine.')).toEqual([]);
    expect(findMarkup('„Wladimir, STOPP!“ Jede Woche sterben 5000 Soldaten – mehr als 70 Verletzte.')).toEqual([]);
    expect(findMarkup('Turnout was < 50 % and support > 40 %; 50% des voix; eine 5%ige Steigerung; 100%.')).toEqual([]);
    expect(findMarkup('Temperatures fell below -5 °C; the ratio was 3<4 and 2 > 1; {} stays; #StandWithUkraine @ZelenskyyUa')).toEqual([]);
    expect(findMarkup('وكتب على منصة تروث سوشيال: «فلاديمير، توقف!» يموت 5000 جندي كل أسبوع بنسبة 50٪.')).toEqual([]);
    for (const lang of LANGUAGES) expect(findMarkup(translation(lang, 25))).toEqual([]);
  });

  it('runs in every save through checkTranslation', async () => {
    const { checkTranslation } = await import('./check-translation');
    const errors = checkTranslation(seeded('uk', 12, `${translation('uk', 12)} <iframe src="https://evil.example">`)).filter((issue) => issue.check === 'markup');
    expect(errors.map((issue) => [issue.severity, issue.code])).toEqual([
      ['error', 'markup.added'],
      ['error', 'markup.added'],
    ]);
  });
});
