import { describe, expect, it } from 'vitest';
import { checkQuotes, quotesBalance } from './quotes';
import { edit, germanDraft, LANGUAGES, seeded, translation } from './welt-seed.test-helper';

const messages = (input: Parameters<typeof checkQuotes>[0]) => checkQuotes(input).map((issue) => `${issue.severity}: ${issue.message}`);

describe('quotes', () => {
  it('is quiet on every seeded translation', () => {
    for (const lang of LANGUAGES) for (const n of [2, 6, 10, 11, 12]) expect(messages(seeded(lang, n))).toEqual([]);
    expect(messages(seeded('uk', 23))).toEqual([]); // «або вони скажуть „так“»
  });

  it('reports a quote that is never closed as an error', () => {
    const open = edit(translation('de', 6), 'Zugeständnis.“', 'Zugeständnis.');
    expect(checkQuotes(seeded('de', 6, open))).toEqual([
      { check: 'quotes', severity: 'error', code: 'quotes.unbalanced', params: {}, message: 'The quotation marks do not pair up: close every quote you open.' },
    ]);
    expect(messages(seeded('fr', 12, edit(translation('fr', 12), 'pense.\u202F»', 'pense.')))).toEqual([
      'error: The quotation marks do not pair up: close every quote you open.',
    ]);
  });

  it('warns about quotation marks of another language', () => {
    // The German draft of paragraph 19 has typewriter quotes.
    expect(messages(seeded('de', 19, germanDraft(19)))).toEqual(['warning: German quotes are „…“ (inside a quote ‚…‘); the translation uses ".']);
    expect(messages(seeded('de', 19))).toEqual([]);
    expect(messages(seeded('uk', 23, edit(translation('uk', 23), '„так“', '“так”')))).toEqual([
      'warning: Ukrainian quotes are «…» (inside a quote „…“); the translation uses ”.',
    ]);
    expect(messages(seeded('ar', 12, translation('ar', 12).replace('«', '"').replace('»', '"')))).toEqual([]);
    expect(messages(seeded('ar', 12, translation('ar', 12).replace('«', '“').replace('»', '”')))).toEqual([
      'warning: Arabic quotes are «…» or "…"; the translation uses “ ”.',
    ]);
  });

  it('wants spaces inside French quotes', () => {
    const tight = translation('fr', 10).replace(/«\u202F/g, '«').replace(/\u202F»/g, '»');
    expect(messages(seeded('fr', 10, tight))).toEqual(['warning: French quotes take a (narrow) no-break space inside: « … ».']);
    expect(messages(seeded('fr', 10, translation('fr', 10).replace(/\u202F/g, ' ')))).toEqual([]);
  });

  it('warns when the source quotes and the translation does not', () => {
    const unquoted = translation('de', 12).replace(/[„“]/g, '');
    expect(messages(seeded('de', 12, unquoted))).toEqual(['warning: The source quotes someone; the translation has no quotation marks.']);
  });
});

describe('quotesBalance', () => {
  it('pairs the marks of each language and ignores apostrophes', () => {
    expect(quotesBalance('„Ja, das glaube ich.“')).toBe(true);
    expect(quotesBalance('Er sagte: „Sie riefen ‚Stopp‘.“')).toBe(true);
    expect(quotesBalance('« Oui, je le pense. »')).toBe(true);
    expect(quotesBalance('"Yes, I do," he said. “Really.”')).toBe(true);
    expect(quotesBalance("l’Ukraine, дев’ять, Putin's")).toBe(true);
    expect(quotesBalance('«або вони скажуть „так“»')).toBe(true);
    expect(quotesBalance('„Ja')).toBe(false);
    expect(quotesBalance('Oui »')).toBe(false);
    expect(quotesBalance('«a „b» c“')).toBe(false);
  });
});
