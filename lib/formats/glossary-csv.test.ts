import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords, readGlossaryCsv, writeGlossaryCsv } from './glossary-csv';

describe('glossary CSV', () => {
  it('writes the header and quotes every field, doubling quotes, with CRLF line ends', () => {
    expect(writeGlossaryCsv([{ source: 'say "hi"', target: 'Kiew, Stadt', note: null }, { source: 'a', target: 'b\nc', note: 'n' }])).toBe(
      'source,target,note\r\n"say ""hi""","Kiew, Stadt",""\r\n"a","b\nc","n"\r\n',
    );
  });

  it('reads commas, quotes and newlines inside quoted fields, and unquoted fields', () => {
    const text = 'source,target,note\nKyiv,Kiew,"capital, city"\n"say ""hi""","sag\n""hallo""",\r\nNATO,NATO\n';
    expect(readGlossaryCsv(text)).toEqual([
      { line: 2, source: 'Kyiv', target: 'Kiew', note: 'capital, city' },
      { line: 3, source: 'say "hi"', target: 'sag\n"hallo"', note: null },
      { line: 5, source: 'NATO', target: 'NATO', note: null },
    ]);
  });

  it('maps columns by the header names, in any order and case', () => {
    expect(readGlossaryCsv('Note,Target,Source\nx,Kiew,Kyiv')).toEqual([{ line: 2, source: 'Kyiv', target: 'Kiew', note: 'x' }]);
  });

  it("reads translate-toolkit's csvl10n form, its comments as the note", () => {
    const text =
      '"location","source","target","id","fuzzy","context","translator_comments","developer_comments"\n"","Kyiv","Kiew","","False","","spelling","desk"\n';
    expect(readGlossaryCsv(text)).toEqual([{ line: 2, source: 'Kyiv', target: 'Kiew', note: 'spelling\ndesk' }]);
  });

  it('skips blank lines and a byte order mark, and gives no note without a note column', () => {
    expect(readGlossaryCsv('\uFEFFsource,target\n\nKyiv,Kiew\n\n')).toStrictEqual([{ line: 3, source: 'Kyiv', target: 'Kiew' }]);
  });

  it('refuses an unterminated quote, naming the line it opened on', () => {
    expect(() => readGlossaryCsv('source,target\nKyiv,"Kiew\nNATO,NATO\n')).toThrow(/line 2: a quoted field is never closed/);
  });

  it('refuses a stray quote inside an unquoted field and text after a closing quote', () => {
    expect(() => parseCsvRecords('a,b"c')).toThrow(/line 1: a " inside a field/);
    expect(() => parseCsvRecords('a\n"b"c')).toThrow(/line 2: text after the closing quote/);
  });

  it('refuses a file without the header', () => {
    expect(() => readGlossaryCsv('Kyiv,Kiew\n')).toThrow(/line 1: the first line must be the header source,target,note/);
    expect(() => readGlossaryCsv('')).toThrow(/empty/);
  });

  it('writes a field a spreadsheet would run as a formula with an apostrophe before it, and reads it back without', () => {
    const rows = [
      { source: '=HYPERLINK("http://evil.example","Kyiv")', target: '+49 30 1234', note: '@desk' },
      { source: '-5 °C', target: '\tKiew', note: "'=already quoted" },
      { source: 'Kyiv', target: 'Kiew', note: "it's = fine" },
    ];
    const csv = writeGlossaryCsv(rows);
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      `"'=HYPERLINK(""http://evil.example"",""Kyiv"")","'+49 30 1234","'@desk"`,
      `"'-5 °C","'\tKiew","''=already quoted"`,
      `"Kyiv","Kiew","it's = fine"`,
    ]);
    expect(readGlossaryCsv(csv).map(({ source, target, note }) => ({ source, target, note }))).toEqual(rows);
  });

  it('reads back what it writes (any text)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ä', ',', '"', '\n', '\r\n', ' ', 'К', '😀', 'x', '=', '+', '-', '@', '\t', "'") });
    const row = fc.record({ source: text, target: text, note: fc.option(text.filter((note) => note !== '')) });
    fc.assert(
      fc.property(fc.array(row.filter((r) => /\S/.test(r.source + r.target))), (rows) => {
        expect(readGlossaryCsv(writeGlossaryCsv(rows)).map(({ source, target, note }) => ({ source, target, note }))).toEqual(rows);
      }),
    );
  });
});
