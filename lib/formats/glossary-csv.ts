// The glossary as CSV (RFC 4180, UTF-8): written as `source,target,note` with every field in
// quotes; read by the header's names, so Redline's own files and translate-toolkit's csvl10n form
// ("location","source","target",...,"translator_comments","developer_comments") both import.
// Hand-written rather than a library: the grammar is a dozen lines, and the reader must report
// the line of an unterminated quote, which the parsers we would add answer in their own words.
import { AppError } from '../app-error';

export type GlossaryCsvRow = { source: string; target: string; note: string | null };
/** A row as read, with the line of the file it starts on (from 1). */
export type GlossaryCsvRecord = { line: number; source: string; target: string; /** Absent when the file has no note column. */ note?: string | null };

export const GLOSSARY_CSV_HEADER = 'source,target,note';

function quote(field: string): string {
  return `"${field.replace(/"/g, '""')}"`;
}

/**
 * A spreadsheet takes a cell that starts with =, +, -, @, a tab or a carriage return for a
 * formula (CSV injection: `=HYPERLINK(...)` in a term would run when an editor opens the export).
 * Such a field is written with an apostrophe before it, which spreadsheets read as "text" and do
 * not show, and readGlossaryCsv takes it off again, so Redline's own files come back unchanged
 * (a field that itself starts with apostrophes before such a character gets one more, so that
 * every text reads back as written). translate-toolkit reads the apostrophe as part of the text.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

export function neutralizeFormula(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

function restoreFormula(field: string): string {
  return NEUTRALIZED.test(field) ? field.slice(1) : field;
}

/** The rows as a CSV file: the header, then one quoted record per row, CRLF line ends. */
export function writeGlossaryCsv(rows: GlossaryCsvRow[]): string {
  const lines = [GLOSSARY_CSV_HEADER, ...rows.map((row) => [row.source, row.target, row.note ?? ''].map((field) => quote(neutralizeFormula(field))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Splits CSV text into records of fields, each with the line it starts on. Throws at an unterminated quote. */
export function parseCsvRecords(text: string): Array<{ line: number; fields: string[] }> {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is no record (a trailing newline, a blank line between rows).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && atFieldStart) {
      const opened = line;
      index += 1;
      for (;;) {
        if (index >= text.length) throw csvError(opened, 'a quoted field is never closed: a " is missing.');
        const inner = text[index];
        if (inner === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (inner === '\n') line += 1;
        field += inner;
        index += 1;
      }
      const after = text[index];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        throw csvError(line, 'text after the closing quote of a field; a " inside a quoted field is written "".');
      }
      atFieldStart = false;
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      index += 1;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      if (char === '"') throw csvError(line, 'a " inside a field that is not in quotes; put the field in quotes and write the " as "".');
      field += char;
      atFieldStart = false;
      index += 1;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const SOURCE_NAMES = ['source', 'original', 'untranslated'];
const TARGET_NAMES = ['target', 'translation', 'translated'];
const NOTE_NAMES = ['note', 'notes', 'comment', 'comments', 'translator_comments', 'translator comments', 'developer_comments', 'developer comments'];

/**
 * Reads a glossary CSV: the first record is the header and names the columns (source and target
 * required, any order, any case; note, translate-toolkit's comment columns and others optional).
 * Rows with nothing but white space in them are left out.
 */
export function readGlossaryCsv(text: string): GlossaryCsvRecord[] {
  const [header, ...records] = parseCsvRecords(text);
  if (!header) throw new AppError('invalid_input', { message: 'The file is empty: a glossary CSV starts with the header source,target,note.', details: { line: 1 } });
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const source = names.findIndex((name) => SOURCE_NAMES.includes(name));
  const target = names.findIndex((name) => TARGET_NAMES.includes(name));
  if (source === -1 || target === -1) {
    throw csvError(header.line, `the first line must be the header source,target,note (or translate-toolkit's "location","source","target",…); it is ${JSON.stringify(header.fields.join(',').slice(0, 80))}.`);
  }
  const notes = names.flatMap((name, index) => (NOTE_NAMES.includes(name) ? [index] : []));
  return records.flatMap(({ line, fields }) => {
    const field = (index: number) => restoreFormula(fields[index] ?? '');
    const row = {
      line,
      source: field(source),
      target: field(target),
      ...(notes.length > 0 ? { note: notes.map(field).filter((note) => note !== '').join('\n') || null } : {}),
    };
    return row.source.trim() === '' && row.target.trim() === '' && (row.note ?? '').trim() === '' ? [] : [row];
  });
}

function csvError(line: number, problem: string): AppError {
  return new AppError('invalid_input', { message: `The file is not valid CSV: line ${line}: ${problem}`, details: { line } });
}
