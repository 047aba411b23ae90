// The glossary in and out as TBX and CSV, on a real database, and against Debian's
// translate-toolkit: what Redline writes, translate-toolkit reads; what translate-toolkit writes
// (csv2tbx, csvl10n), Redline imports, and the workbench then marks the terms in the English.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryImportReport } from '../../lib/api/glossary';
import { findGlossaryTerms } from '../../lib/glossary-match';
import type { Actor } from '../../lib/roles';
import { createGlossaryTerm } from '../../lib/server/glossary/create-glossary-term';
import { exportGlossary } from '../../lib/server/glossary/export-glossary';
import { importGlossary } from '../../lib/server/glossary/import-glossary';
import { listGlossaryTerms } from '../../lib/server/glossary/list-glossary-terms';
import { errorCodeOf } from '../support/error-code';
import { READ_CSV, READ_TBX, WRITE_CSV, csv2tbx, runPython } from '../support/translate-toolkit';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

let database: TestDatabase;
let editor: Actor;
let translator: Actor;

beforeAll(async () => {
  ({ database, actors: { editor, translator } } = await openNewsroom({ editor: ['editor'], translator: ['translator', ['de']] }));
  // A language per test, so each starts with an empty glossary.
  for (const [code, englishName] of [['nl', 'Dutch'], ['it', 'Italian'], ['es', 'Spanish'], ['pl', 'Polish'], ['sv', 'Swedish'], ['pt', 'Portuguese'], ['cs', 'Czech'], ['da', 'Danish']]) {
    await database.db.language.upsert({ where: { code }, update: {}, create: { code, englishName, nativeName: englishName } });
  }
});
afterAll(() => database.close());

const bytes = (text: string) => new TextEncoder().encode(text);
const terms = async (lang: string) =>
  (await listGlossaryTerms({ targetLang: lang, actor: editor })).map(({ source, target, note, doNotTranslate }) => ({ source, target, note, doNotTranslate }));
const importFile = (lang: string, format: 'tbx' | 'csv', text: string, dryRun = false, actor = editor): Promise<GlossaryImportReport> =>
  importGlossary({ lang, format, bytes: bytes(text), dryRun, actor });

describe('glossary import', () => {
  it('previews new, changed and unchanged terms without writing, then applies them in one go', async () => {
    await createGlossaryTerm({ targetLang: 'nl', term: { source: 'Kyiv', target: 'Kiev', note: 'old' }, actor: editor });
    await createGlossaryTerm({ targetLang: 'nl', term: { source: 'NATO', target: '', doNotTranslate: true }, actor: editor });
    await createGlossaryTerm({ targetLang: 'nl', term: { source: 'Kremlin', target: 'Kremlin' }, actor: editor });
    const csv = 'source,target,note\nkyiv,Kyiv,"Dutch spelling, since 2022"\nNATO,NATO,\nKremlin,Kremlin,\nsanctions,sancties,\nsanctions,strafmaatregelen,\nceasefire,,\n';

    const preview = await importFile('nl', 'csv', csv, true);
    expect(preview).toMatchObject({ lang: 'nl', format: 'csv', dryRun: true, applied: false, counts: { created: 1, changed: 1, unchanged: 2, problems: 2 } });
    expect(preview.created).toEqual([{ line: 5, source: 'sanctions', target: 'sancties', note: null, doNotTranslate: false }]);
    expect(preview.changed).toEqual([
      {
        line: 2,
        before: { source: 'Kyiv', target: 'Kiev', note: 'old', doNotTranslate: false },
        after: { source: 'kyiv', target: 'Kyiv', note: 'Dutch spelling, since 2022', doNotTranslate: false },
      },
    ]);
    expect(preview.problems).toEqual([
      { line: 6, source: 'sanctions', reason: 'duplicate', message: expect.stringContaining('line 5') },
      { line: 7, source: 'ceasefire', reason: 'no_target', message: 'The row has no target term.' },
    ]);
    expect(await terms('nl')).toHaveLength(3);

    const applied = await importFile('nl', 'csv', csv);
    expect(applied).toMatchObject({ dryRun: false, applied: true, counts: preview.counts });
    expect(await terms('nl')).toEqual([
      { source: 'Kremlin', target: 'Kremlin', note: null, doNotTranslate: false },
      { source: 'NATO', target: 'NATO', note: null, doNotTranslate: true },
      { source: 'kyiv', target: 'Kyiv', note: 'Dutch spelling, since 2022', doNotTranslate: false },
      { source: 'sanctions', target: 'sancties', note: null, doNotTranslate: false },
    ]);
    // The same file again changes nothing.
    expect((await importFile('nl', 'csv', csv)).counts).toEqual({ created: 0, changed: 0, unchanged: 4, problems: 2 });
  });

  it('plans again against a glossary changed while the import ran: a term added meanwhile is changed, not doubled', async () => {
    const { db } = database;
    await createGlossaryTerm({ targetLang: 'da', term: { source: 'Kyiv', target: 'Kiev' }, actor: editor });
    const csv = 'source,target,note\nKyiv,Kyjiv,\nsanctions,sanktioner,\n';
    const transaction = db.$transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let transactions = 0;
    // Between the plan and the write, a colleague adds "sanctions" by hand.
    const spy = vi.spyOn(db, '$transaction').mockImplementation((async (...args: unknown[]) => {
      if (++transactions === 1) await createGlossaryTerm({ targetLang: 'da', term: { source: 'sanctions', target: 'straffe' }, actor: editor });
      return transaction(...args);
    }) as never);
    let report: GlossaryImportReport;
    try {
      report = await importFile('da', 'csv', csv);
    } finally {
      spy.mockRestore();
    }
    expect(transactions).toBe(2);
    expect(report.counts).toEqual({ created: 0, changed: 2, unchanged: 0, problems: 0 });
    expect(report.changed.map(({ before, after }) => [before.target, after.target])).toEqual([
      ['Kiev', 'Kyjiv'],
      ['straffe', 'sanktioner'],
    ]);
    expect(await terms('da')).toEqual([
      { source: 'Kyiv', target: 'Kyjiv', note: null, doNotTranslate: false },
      { source: 'sanctions', target: 'sanktioner', note: null, doNotTranslate: false },
    ]);
  });

  it('keeps notes when the CSV has no note column', async () => {
    await createGlossaryTerm({ targetLang: 'cs', term: { source: 'Kyiv', target: 'Kyjev', note: 'Czech press' }, actor: editor });
    expect((await importFile('cs', 'csv', 'source,target\nKyiv,Kyjev\n')).counts).toEqual({ created: 0, changed: 0, unchanged: 1, problems: 0 });
    expect(await terms('cs')).toEqual([{ source: 'Kyiv', target: 'Kyjev', note: 'Czech press', doNotTranslate: false }]);
  });

  it('refuses bad files whole, naming the problem and the line, and imports nothing', async () => {
    const before = await terms('it');
    const refusal = async (promise: Promise<unknown>) => promise.then(() => null, (error: Error & { code?: string }) => `${error.code}: ${error.message}`);
    expect(await refusal(importFile('it', 'csv', 'source,target\nKyiv,"Kiev\nNATO,NATO\n'))).toMatch(/^invalid_input: .*line 2: a quoted field is never closed/);
    expect(await refusal(importFile('it', 'csv', 'Kyiv,Kiev\n'))).toMatch(/^invalid_input: .*line 1: the first line must be the header/);
    expect(await refusal(importFile('it', 'csv', 'source,target,note\n'))).toMatch(/^invalid_input: The file has no terms/);
    expect(await refusal(importFile('it', 'tbx', '<martif>\n<text><body>\n</text></martif>'))).toMatch(/^invalid_input: .*line 3/);
    expect(await refusal(importFile('it', 'tbx', '<?xml version="1.0"?>\n<!DOCTYPE martif [\n<!ENTITY x "y">]>\n<martif/>'))).toMatch(/^invalid_input: .*line 2 declares entities/);
    const french = '<martif type="TBX" xml:lang="en"><text><body>\n<termEntry><langSet xml:lang="en"><tig><term>Kyiv</term></tig></langSet><langSet xml:lang="fr"><tig><term>Kiev</term></tig></langSet></termEntry>\n</body></text></martif>';
    expect(await refusal(importFile('it', 'tbx', french))).toMatch(/^invalid_input: None of the file's 1 entries has a Italian \("it"\) term/);
    expect(await refusal(importFile('xq', 'csv', 'source,target\nKyiv,Kiev\n'))).toMatch(/^invalid_input: There is no language "xq"/);
    expect(await refusal(importFile('en', 'csv', 'source,target\nKyiv,Kiev\n'))).toMatch(/^invalid_input: .*not English/);
    expect(await refusal(importGlossary({ lang: 'it', format: 'csv', bytes: new Uint8Array(20 * 1024 * 1024 + 1), dryRun: false, actor: editor }))).toMatch(/^too_large:/);
    expect(await terms('it')).toEqual(before);
  });

  it('is for editors and admins: a translator is refused before the file is read', async () => {
    expect(await errorCodeOf(importFile('de', 'csv', 'source,target\nKyiv,Kiew\n', false, translator))).toBe('forbidden');
  });
});

describe('glossary export', () => {
  it('writes CSV with the header and RFC 4180 quoting, and TBX with notes and the do-not-translate mark', async () => {
    await createGlossaryTerm({ targetLang: 'es', term: { source: 'Kyiv', target: 'Kiev', note: 'Spanish "press", usage' }, actor: editor });
    await createGlossaryTerm({ targetLang: 'es', term: { source: 'NATO', target: '', doNotTranslate: true }, actor: editor });
    const csv = await exportGlossary({ lang: 'es', format: 'csv', actor: translator });
    expect(csv).toMatchObject({ filename: 'glossary.en-es.csv', contentType: 'text/csv; charset=utf-8' });
    expect(csv.body).toBe('source,target,note\r\n"Kyiv","Kiev","Spanish ""press"", usage"\r\n"NATO","NATO",""\r\n');
    const tbx = await exportGlossary({ lang: 'es', format: 'tbx', actor: translator });
    expect(tbx.filename).toBe('glossary.en-es.tbx');
    expect(tbx.body).toContain('<descrip type="Translation needed">No</descrip>');
    // Redline's own import restores every term as it was, the mark included.
    expect((await importFile('es', 'tbx', tbx.body, true)).counts).toEqual({ created: 0, changed: 0, unchanged: 2, problems: 0 });
  });

  it('answers 404 for a language Redline does not have', async () => {
    expect(await errorCodeOf(exportGlossary({ lang: 'xq', format: 'tbx', actor: editor }))).toBe('not_found');
  });
});

describe('round trips with translate-toolkit', () => {
  const glossary = [
    { source: 'Kyiv', target: 'Kijów', note: 'Polish press, "PAP" style' },
    { source: 'Volodymyr Zelensky', target: 'Wołodymyr Zełenski', note: null },
    { source: 'AT&T <US>', target: 'AT&T', note: null },
  ];

  beforeAll(async () => {
    for (const term of glossary) await createGlossaryTerm({ targetLang: 'pl', term, actor: editor });
    await createGlossaryTerm({ targetLang: 'pl', term: { source: 'NATO', target: '', doNotTranslate: true }, actor: editor });
  });

  const expected = [...glossary, { source: 'NATO', target: 'NATO', note: null }].sort((a, b) => (a.source < b.source ? -1 : 1));

  it('translate.storage.tbx reads the terms and notes of Redline’s TBX', async () => {
    const { body } = await exportGlossary({ lang: 'pl', format: 'tbx', actor: editor });
    const read = runPython<Array<{ source: string; target: string; notes: string }>>(READ_TBX, { name: 'glossary.tbx', content: body });
    expect(read).toEqual(expected.map(({ source, target, note }) => ({ source, target, notes: note ?? '' })));
  });

  it('translate.storage.csvl10n reads the source and target of Redline’s CSV', async () => {
    const { body } = await exportGlossary({ lang: 'pl', format: 'csv', actor: editor });
    const read = runPython<Array<{ source: string; target: string }>>(READ_CSV, { name: 'glossary.csv', content: body });
    expect(read).toEqual(expected.map(({ source, target }) => ({ source, target })));
  });

  it('a TBX written by csv2tbx imports, and the workbench marks its terms in the English', async () => {
    const tbx = csv2tbx('source,target\n"Kyiv","Kyiv"\n"Volodymyr Zelensky","Volodymyr Zelenskyj"\n"ceasefire","vapenvila"\n');
    expect(tbx).toContain('xml:lang="xx"');
    const report = await importFile('sv', 'tbx', tbx);
    expect(report.counts).toEqual({ created: 3, changed: 0, unchanged: 0, problems: 0 });
    expect(report.notices).toEqual([expect.stringContaining('"xx"')]);
    const swedish = await listGlossaryTerms({ targetLang: 'sv', actor: translator });
    expect(swedish.map(({ source, target }) => [source, target])).toEqual([
      ['Kyiv', 'Kyiv'],
      ['Volodymyr Zelensky', 'Volodymyr Zelenskyj'],
      ['ceasefire', 'vapenvila'],
    ]);
    const english = 'Volodymyr Zelensky rejected a ceasefire on those terms in Kyiv.';
    expect(findGlossaryTerms(english, swedish).map((match) => english.slice(match.start, match.end))).toEqual(['Volodymyr Zelensky', 'ceasefire', 'Kyiv']);
  });

  it('a CSV written by translate-toolkit imports, its comments as notes', async () => {
    const csv = runPython<string>(WRITE_CSV, {
      name: 'terms.json',
      content: JSON.stringify([
        { source: 'Kyiv', target: 'Kiev', note: 'Portuguese press' },
        { source: 'ceasefire, truce', target: 'cessar-fogo', note: '' },
        { source: 'say "no"', target: 'dizer "não"\nnunca', note: '' },
      ]),
    });
    expect(csv.split('\n')[0]).toBe('"location","source","target","id","fuzzy","context","translator_comments","developer_comments"\r');
    const report = await importFile('pt', 'csv', csv);
    expect(report.counts).toEqual({ created: 3, changed: 0, unchanged: 0, problems: 0 });
    expect(await terms('pt')).toEqual([
      { source: 'Kyiv', target: 'Kiev', note: 'Portuguese press', doNotTranslate: false },
      { source: 'ceasefire, truce', target: 'cessar-fogo', note: null, doNotTranslate: false },
      { source: 'say "no"', target: 'dizer "não" nunca', note: null, doNotTranslate: false },
    ]);
  });
});
