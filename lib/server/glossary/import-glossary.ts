import 'server-only';
// Imports a TBX or CSV glossary file into one language, all or nothing: new terms are added,
// terms the glossary has (the English compared without case) are replaced where their target,
// note or do-not-translate mark differ, the rest counted as unchanged. Entries that cannot be
// terms are left out and listed with why. A dry run answers the same and writes nothing: the
// preview. A bad file is refused whole with a 400 naming the problem and its line.
import { MAX_GLOSSARY_BYTES, type GlossaryFormat, type GlossaryImportReport } from '../../api/glossary';
import { AppError, isAppError } from '../../app-error';
import { PLACEHOLDER_LANGUAGE } from '../../formats/tbx';
import { runOnWorker } from '../worker/run-on-worker';
import type { Actor } from '../../roles';
import { decodeXmlBytes } from '../../xml/decode-xml-bytes';
import { requireGlossaryEditor } from '../access';
import { getDb, type Db, type Tx } from '../db';
import { writeTransaction } from '../write-transaction';
import { findGlossaryLanguage } from './find-glossary-language';
import { cleanGlossaryTerm } from './glossary-term-input';

/** Rows per INSERT: a statement's bound parameters stay few. */
const TERMS_PER_STATEMENT = 100;

export type ImportGlossaryInput = { lang: string; format: GlossaryFormat; bytes: Uint8Array; dryRun: boolean; actor: Actor };

/** An entry as read from the file; `note` undefined when the file does not say (a CSV without a note column). */
type ReadEntry = { line: number; source: string; target: string; note?: string | null; doNotTranslate?: boolean };
type Values = { source: string; target: string; note: string | null; doNotTranslate: boolean };
type Existing = Values & { id: string };

export async function importGlossary({ lang, format, bytes, dryRun, actor }: ImportGlossaryInput): Promise<GlossaryImportReport> {
  requireGlossaryEditor(actor);
  if (bytes.byteLength > MAX_GLOSSARY_BYTES) throw new AppError('too_large', { message: `The file is larger than ${MAX_GLOSSARY_BYTES / 1024 / 1024} MB, the limit for a glossary import.` });
  const db = getDb();
  const language = await findGlossaryLanguage(db, lang, 'invalid_input');
  const { entries, problems, notices } = await readFile(format, decodeXmlBytes(bytes), language);
  if (entries.length === 0 && problems.length === 0) {
    throw new AppError('invalid_input', { message: 'The file has no terms, so there is nothing to import.' });
  }
  const plan = async (reader: Db | Tx) => planImport(entries, await existingTerms(reader, language.code), problems);
  const planned = dryRun
    ? await plan(db)
    : await writeTransaction(db, async (tx) => {
        const result = await plan(tx);
        // New terms go in a few statements: a transaction's statements hold SQLite's event loop.
        for (let start = 0; start < result.created.length; start += TERMS_PER_STATEMENT) {
          const terms = result.created.slice(start, start + TERMS_PER_STATEMENT);
          await tx.glossaryTerm.createMany({ data: terms.map((term) => ({ sourceLang: 'en', targetLang: language.code, ...values(term) })) });
        }
        for (const change of result.changed) await tx.glossaryTerm.update({ where: { id: change.id }, data: change.after });
        return result;
      });
  return {
    lang: language.code,
    format,
    dryRun,
    applied: !dryRun,
    counts: { created: planned.created.length, changed: planned.changed.length, unchanged: planned.unchanged, problems: planned.problems.length },
    created: planned.created,
    changed: planned.changed.map(({ line, before, after }) => ({ line, before, after })),
    problems: planned.problems.sort((a, b) => a.line - b.line),
    notices,
  };
}

type Problem = GlossaryImportReport['problems'][number];

async function readFile(format: GlossaryFormat, text: string, language: { code: string; englishName: string }): Promise<{ entries: ReadEntry[]; problems: Problem[]; notices: string[] }> {
  if (format === 'csv') return { entries: await runOnWorker('glossaryCsv', text), problems: [], notices: [] };
  const tbx = await runOnWorker('tbx', text, language.code);
  const problems: Problem[] = tbx.skipped.map(({ line, reason }) => ({
    line,
    source: null,
    reason,
    message: reason === 'no_source' ? 'The entry has no English term.' : `The entry has no ${language.englishName} term.`,
  }));
  if (tbx.entries.length === 0 && problems.length > 0 && problems.every((problem) => problem.reason === 'no_target')) {
    throw new AppError('invalid_input', {
      message: `None of the file's ${problems.length} entries has a ${language.englishName} ("${language.code}") term. Is it the glossary of another language?`,
      details: { line: problems[0].line },
    });
  }
  const notices = tbx.placeholderLanguage
    ? [`The file names its target language "${PLACEHOLDER_LANGUAGE}" (translate-toolkit writes that when it is not told the language); its terms were read as ${language.englishName}.`]
    : [];
  return { entries: tbx.entries, problems, notices };
}

async function existingTerms(reader: Db | Tx, targetLang: string): Promise<Existing[]> {
  return reader.glossaryTerm.findMany({
    where: { sourceLang: 'en', targetLang },
    select: { id: true, source: true, target: true, note: true, doNotTranslate: true },
  });
}

function values({ source, target, note, doNotTranslate }: Values): Values {
  return { source, target, note, doNotTranslate };
}

type Plan = {
  created: Array<Values & { line: number }>;
  changed: Array<{ id: string; line: number; before: Values; after: Values }>;
  unchanged: number;
  problems: Problem[];
};

function planImport(entries: ReadEntry[], existing: Existing[], fileProblems: Problem[]): Plan {
  const plan: Plan = { created: [], changed: [], unchanged: 0, problems: [...fileProblems] };
  const byKey = new Map(existing.map((term) => [term.source.toLowerCase(), term]));
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const known = byKey.get(entry.source.replace(/\s+/g, ' ').trim().toLowerCase());
    let clean: Values;
    try {
      if (entry.target.trim() === '' && !entry.doNotTranslate) {
        plan.problems.push({ line: entry.line, source: entry.source, reason: 'no_target', message: 'The row has no target term.' });
        continue;
      }
      // A CSV has no column for the mark: a term kept as it is stays marked while its target is its English.
      const doNotTranslate = entry.doNotTranslate ?? (known?.doNotTranslate === true && entry.target.trim() === entry.source.trim());
      clean = cleanGlossaryTerm({ source: entry.source, target: entry.target, note: entry.note === undefined ? (known?.note ?? null) : entry.note, doNotTranslate });
    } catch (error) {
      if (!isAppError(error)) throw error;
      plan.problems.push({ line: entry.line, source: entry.source || null, reason: entry.source.trim() ? 'invalid' : 'no_source', message: error.message });
      continue;
    }
    const key = clean.source.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      plan.problems.push({ line: entry.line, source: clean.source, reason: 'duplicate', message: `The file has "${clean.source}" already, on line ${first}; the first one is imported.` });
      continue;
    }
    seen.set(key, entry.line);
    const current = byKey.get(key);
    if (!current) plan.created.push({ line: entry.line, ...clean });
    else if (sameValues(current, clean)) plan.unchanged += 1;
    else plan.changed.push({ id: current.id, line: entry.line, before: values(current), after: clean });
  }
  return plan;
}

function sameValues(a: Values, b: Values): boolean {
  return a.source === b.source && a.target === b.target && (a.note ?? null) === (b.note ?? null) && a.doNotTranslate === b.doNotTranslate;
}
