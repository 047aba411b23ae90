import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error';
import { collectTmxPairs } from './collect-tmx-pairs';
import { parseTmx } from './parse-tmx';
import { formatTmxDate, matchLanguage, parseTmxDate } from './tmx-format';
import { writeTmx } from './write-tmx';

const tmx = (body: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<tmx version="1.4">\n<header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="t" creationtoolversion="1"/>\n<body>\n${body}\n</body>\n</tmx>\n`;

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
  throw new Error('did not throw');
}

describe('TMX dates and languages', () => {
  it('writes and reads YYYYMMDDThhmmssZ', () => {
    const date = new Date('2025-04-24T18:05:09.123Z');
    expect(formatTmxDate(date)).toBe('20250424T180509Z');
    expect(parseTmxDate('20250424T180509Z')).toEqual(new Date('2025-04-24T18:05:09Z'));
    expect(parseTmxDate('20250231T000000Z')).toBeNull();
    expect(parseTmxDate('2025-04-24')).toBeNull();
    expect(parseTmxDate(null)).toBeNull();
  });

  it('matches a tag to Redline’s code exactly, else by its primary subtag', () => {
    expect(matchLanguage('de-DE', ['de', 'fr'])).toBe('de');
    expect(matchLanguage('DE_at', ['de'])).toBe('de');
    expect(matchLanguage('pt-BR', ['pt', 'pt-BR'])).toBe('pt-BR');
    expect(matchLanguage('es', ['de', 'fr'])).toBeNull();
  });
});

describe('writeTmx and parseTmx', () => {
  it('give back each unit’s texts, author and date, markup and line breaks included', () => {
    const units = [
      { source: 'Trump & Putin <talk>', target: 'Trump & Putin „reden“ <b>', creationDate: new Date('2025-04-24T10:00:00Z'), creationId: 'Anna "A" Weber', note: 'welt' },
      { source: 'Line one\nline two', target: 'Zeile eins\r\nZeile zwei', creationDate: null, creationId: null, note: null },
    ];
    const xml = writeTmx({ targetLang: 'de', createdAt: new Date('2026-12-03T00:00:00Z'), units });
    expect(xml).toContain('<header creationtool="Redline"');
    expect(xml).toMatch(/srclang="en"/);
    expect(xml).toMatch(/segtype="paragraph"/);
    const parsed = parseTmx(xml);
    expect(parsed.srcLang).toBe('en');
    expect(parsed.units.map((unit) => [unit.variants.map((v) => [v.lang, v.text]), unit.creationId, unit.creationDate])).toEqual([
      [[['en', units[0].source], ['de', units[0].target]], 'Anna "A" Weber', units[0].creationDate],
      [[['en', units[1].source], ['de', units[1].target]], null, null],
    ]);
  });

  it('keeps <hi>’s text and drops the native codes of bpt, ept, ph, it and ut', () => {
    const parsed = parseTmx(
      tmx('<tu><tuv xml:lang="en-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>mayor<ept i="1">&lt;/b&gt;</ept> said<ph>&lt;br/&gt;</ph> <hi type="x">no</hi>.<it pos="begin">{</it><ut>\\i</ut></seg></tuv></tu>'),
    );
    expect(parsed.units[0].variants[0]).toMatchObject({ lang: 'en-US', text: 'The mayor said no.' });
  });

  it('reads TMX 1.1’s lang attribute and accepts a DOCTYPE naming the external DTD', () => {
    const parsed = parseTmx(tmx('<tu><tuv lang="EN"><seg>a</seg></tuv><tuv lang="DE"><seg>b</seg></tuv></tu>', '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'));
    expect(parsed.units[0].variants.map((variant) => variant.lang)).toEqual(['EN', 'DE']);
  });

  it('refuses an internal subset, malformed XML, another format and a file without units, naming the line', () => {
    expect(messageOf(() => parseTmx(tmx('<tu/>', '<!DOCTYPE tmx [<!ENTITY x "y">]>\n')))).toMatch(/document type declaration.*line 2/);
    expect(messageOf(() => parseTmx(tmx('<tu><tuv xml:lang="en"><seg>a</tuv></tu>')))).toMatch(/line 5, column 30/);
    expect(messageOf(() => parseTmx('<xliff version="2.0"/>'))).toMatch(/not a TMX file/);
    expect(messageOf(() => parseTmx(tmx('')))).toMatch(/Line 4: .*no translation units/);
  });
});

describe('collectTmxPairs', () => {
  const file = tmx(
    [
      '<tu creationdate="20250424T100000Z" creationid="anna"><tuv xml:lang="en-GB"><seg>Hello</seg></tuv><tuv xml:lang="de-DE"><seg>Hallo</seg></tuv><tuv xml:lang="es"><seg>Hola</seg></tuv><tuv xml:lang="uk"><seg>Привіт</seg></tuv></tu>',
      '<tu><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv><tuv xml:lang="fr"><seg>Que français</seg></tuv></tu>',
      '<tu><tuv xml:lang="en"><seg>Alone</seg></tuv></tu>',
      '<tu><tuv xml:lang="en"><seg>Empty</seg></tuv><tuv xml:lang="de"><seg> </seg></tuv><tuv xml:lang="es-MX"><seg>Vacío</seg></tuv></tu>',
    ].join('\n'),
  );

  it('makes a pair per known language and counts the rest by reason and language', () => {
    const { pairs, skipped } = collectTmxPairs(parseTmx(file), ['en', 'de', 'uk']);
    expect(pairs.map((pair) => [pair.lang, pair.source, pair.target, pair.creationId])).toEqual([
      ['de', 'Hello', 'Hallo', 'anna'],
      ['uk', 'Hello', 'Привіт', 'anna'],
    ]);
    expect(pairs[0].creationDate).toEqual(new Date('2025-04-24T10:00:00Z'));
    expect(skipped).toEqual([
      { reason: 'unknown_language', language: 'es', count: 1 },
      { reason: 'no_english', language: null, count: 1 },
      { reason: 'no_translation', language: null, count: 1 },
      { reason: 'empty_text', language: 'de', count: 1 },
      { reason: 'unknown_language', language: 'es-MX', count: 1 },
    ]);
  });

  it('refuses a file with only languages Redline does not have, naming them', () => {
    const only = tmx('<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="es"><seg>Hola</seg></tuv></tu>');
    expect(messageOf(() => collectTmxPairs(parseTmx(only), ['en', 'de']))).toMatch(/no unit in a language Redline has: .* in es; Redline has de/);
  });
});
