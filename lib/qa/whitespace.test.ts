import { describe, expect, it } from 'vitest';
import { checkWhitespace } from './whitespace';
import { edit, LANGUAGES, seeded, translation } from './welt-seed.test-helper';

const messages = (input: Parameters<typeof checkWhitespace>[0]) => checkWhitespace(input).map((issue) => issue.message);

describe('whitespace', () => {
  it('is quiet on the seeded paragraphs, French narrow no-break spaces included', () => {
    for (const lang of LANGUAGES) for (const n of [5, 6, 11]) expect(messages(seeded(lang, n))).toEqual([]);
    expect(translation('fr', 11)).toContain('STOP\u202F! 5\u202F000');
  });

  it('reports a double space and says where', () => {
    expect(checkWhitespace(seeded('de', 5, edit(translation('de', 5), 'In Kiew starben', 'In Kiew  starben')))).toEqual([
      { check: 'whitespace', severity: 'warning', code: 'whitespace.doubleAfter', params: { word: 'Kiew' }, message: 'Double space after “Kiew”; use one.' },
    ]);
    expect(messages(seeded('uk', 5, edit(translation('uk', 5), 'У Києві', 'У\u00A0 Києві')))).toEqual(['Double space after “У”; use one.']);
    expect(messages(seeded('fr', 5, edit(translation('fr', 5), 'à Kyiv.', 'à  Kyiv.')))).toEqual(['Double space after “à”; use one.']);
  });

  it('reports spaces at the start and the end', () => {
    expect(messages(seeded('ar', 5, ` ${translation('ar', 5)}\u00A0`))).toEqual([
      'The translation starts with a space; remove it.',
      'The translation ends with a space; remove it.',
    ]);
  });

  it('lets a French typist put a space beside the narrow no-break space before ! ? : »', () => {
    expect(messages(seeded('fr', 10, edit(translation('fr', 10), 'STOP\u202F!', 'STOP \u202F!')))).toEqual([]);
    expect(messages(seeded('de', 10, 'Wladimir \u202F!'))).toEqual(['Double space after “Wladimir”; use one.']);
  });
});
