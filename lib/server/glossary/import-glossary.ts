import 'server-only';
// Imports a TBX or CSV glossary file into one language, all or nothing: new terms are added,
// terms the glossary has (the English compared without case) are replaced where their target,
// note or do-not-translate mark differ, the rest counted as unchanged. Entries that cannot be
// terms are left out and listed with why. A dry run answers the same and writes nothing: the
// preview. A bad file is refused whole with a 400 naming the problem and its line.
import { randomUUID } from 'node:crypto';
import { MAX_GLOSSARY_BYTES, type GlossaryFormat, type GlossaryImportReport } from '../../api/glossary';
import { AppError, isAppError } from '../../app-error';
import { PLACEHOLDER_LANGUAGE } from '../../formats/tbx';
import { runOnWorker } from '../worker/run-on-worker';
import type { Actor } from '../../roles';
import { decodeXmlBytes } from '../../xml/decode-xml-bytes';
import { requireGlossaryEditor } from '../access';
import { getDb, type Db, type Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { jsonRows, timestampParam } from '../json-rows';
import { letOthersIn } from '../let-others-in';
import { writeTransaction } from '../write-transaction';
import { findGlossaryLanguage } from './find-glossary-language';
import { cleanGlossaryTerm } from './glossary-term-input';

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
  const planned = dryRun ? planImport(entries, await existingTerms(db, language.code), problems) : await writeImport(db, language.code, entries, problems);
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

/**
 * Plans the import against the glossary as it is and writes it in one transaction, all or
 * nothing. Everything but the writing happens before the transaction (on SQLite nothing else
 * runs during one): the glossary read and compared, the rows as tables (lib/server/json-rows.ts).
 * Inside, one statement checks that the glossary is still the one planned against, then one
 * statement inserts the new terms and one changes the changed ones, whatever their number (2,000
 * terms written by Prisma 100 to a statement, and changed one by one, held every other request
 * for 0.7 to 0.9 s). A glossary changed meanwhile is planned against again.
 */
async function writeImport(db: Db, lang: string, entries: ReadEntry[], problems: Problem[]): Promise<Plan> {
  for (let attempt = 1; ; attempt++) {
    const existing = await existingTerms(db, lang);
    const plan = planImport(entries, existing, problems);
    const now = new Date();
    const snapshot = jsonRows(existing, TERM_COLUMNS);
    const created = jsonRows(plan.created.map((term) => ({ id: randomUUID(), ...values(term) })), TERM_COLUMNS);
    const changed = jsonRows(plan.changed.map((change) => ({ id: change.id, ...change.after })), TERM_COLUMNS);
    await letOthersIn();
    const written = await writeTransaction(db, async (tx) => {
      if (!(await unchangedSince(tx, lang, snapshot, existing.length))) return false;
      const at = timestampParam(now);
      if (plan.created.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "GlossaryTerm" ("id", "sourceLang", "targetLang", "source", "target", "note", "doNotTranslate", "createdAt", "updatedAt")
          SELECT rows."id", 'en', ${lang}, rows."source", rows."target", rows."note", rows."doNotTranslate", ${at}, ${at} FROM ${created}`;
      }
      if (plan.changed.length > 0) {
        await tx.$executeRaw`
          UPDATE "GlossaryTerm" SET "source" = rows."source", "target" = rows."target", "note" = rows."note", "doNotTranslate" = rows."doNotTranslate", "updatedAt" = ${at}
          FROM ${changed} WHERE "GlossaryTerm"."id" = rows."id"`;
      }
      return true;
    });
    if (written) return plan;
    if (attempt >= PLAN_ATTEMPTS) {
      throw new AppError('conflict', { message: 'The glossary kept changing while the file was imported, so nothing was imported. Import the file again.' });
    }
  }
}

/** Plans made again when the glossary keeps changing while the import runs. */
const PLAN_ATTEMPTS = 3;

const TERM_COLUMNS = { id: 'text', source: 'text', target: 'text', note: 'text', doNotTranslate: 'boolean' } as const;

/** Whether the language's glossary is exactly `snapshot` (its `count` terms) still: one statement. */
async function unchangedSince(tx: Tx, lang: string, snapshot: Prisma.Sql, count: number): Promise<boolean> {
  const [row] = await tx.$queryRaw<Array<{ terms: number | bigint; same: number | bigint }>>`
    SELECT
      (SELECT COUNT(*) FROM "GlossaryTerm" WHERE "sourceLang" = 'en' AND "targetLang" = ${lang}) AS "terms",
      (SELECT COUNT(*) FROM "GlossaryTerm" g JOIN ${snapshot} ON g."id" = rows."id"
        WHERE g."source" = rows."source" AND g."target" = rows."target" AND g."note" IS NOT DISTINCT FROM rows."note" AND g."doNotTranslate" = rows."doNotTranslate") AS "same"`;
  return Number(row.terms) === count && Number(row.same) === count;
}

/** Terms read at a time: a newsroom's glossary can hold tens of thousands. */
const TERMS_PER_READ = 1000;

/** The language's glossary, a page at a time with others let in between (10,000 terms in one read held the loop 50 ms). */
async function existingTerms(db: Db, targetLang: string): Promise<Existing[]> {
  const terms: Existing[] = [];
  for (;;) {
    const page = await db.glossaryTerm.findMany({
      where: { sourceLang: 'en', targetLang, ...(terms.length ? { id: { gt: terms[terms.length - 1].id } } : {}) },
      orderBy: { id: 'asc' },
      take: TERMS_PER_READ,
      select: { id: true, source: true, target: true, note: true, doNotTranslate: true },
    });
    terms.push(...page);
    if (page.length < TERMS_PER_READ) return terms;
    await letOthersIn();
  }
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
