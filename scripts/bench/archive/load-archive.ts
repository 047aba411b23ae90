// The benchmark's archive (generate-archive.ts) as rows in a database. Generating and folding
// 270,000 texts takes a while, so the rows are written once into a cache file (SQLite, in the
// temp folder, named by the generator's fingerprint) with Redline's own table and column names;
// loading copies them from there: on SQLite by ATTACH and INSERT ... SELECT (the FTS5 triggers
// index the English as they would for any insert), on PostgreSQL in batches of multi-row INSERTs.
// The target database must be migrated; the archive's people are added with the rows.
import { existsSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { searchFold } from '../../../lib/search-text';
import { LANGUAGES } from '../../../lib/server/seed/languages';
import { ARCHIVE_LANGUAGES, ARCHIVE_PEOPLE, archiveFingerprint, DEFAULT_ARCHIVE, generateArchive, type ArchiveOptions } from './generate-archive';

/** Each table's columns, in the order they are cached and copied. */
const TABLES: Array<{ table: string; columns: string[] }> = [
  { table: 'Language', columns: ['code', 'englishName', 'nativeName', 'direction'] },
  { table: 'user', columns: ['id', 'name', 'email', 'emailVerified', 'role', 'createdAt', 'updatedAt'] },
  { table: 'UserLanguage', columns: ['userId', 'languageCode'] },
  { table: 'Document', columns: ['id', 'slug', 'title', 'sourceLang', 'createdAt', 'sourceRevision'] },
  { table: 'DocumentLanguage', columns: ['documentId', 'languageCode'] },
  { table: 'Paragraph', columns: ['id', 'documentId', 'position', 'kind', 'createdAt'] },
  { table: 'SourceVersion', columns: ['id', 'paragraphId', 'number', 'text', 'searchText', 'createdAt'] },
  { table: 'TranslationVersion', columns: ['id', 'paragraphId', 'languageCode', 'number', 'text', 'searchText', 'authorId', 'baseVersionId', 'sourceVersionId', 'createdAt'] },
  { table: 'Review', columns: ['id', 'translationVersionId', 'sourceVersionId', 'reviewerId', 'decision', 'comment', 'createdAt'] },
];
const TIMESTAMPS = new Set(['createdAt', 'updatedAt']);
const q = (name: string) => `"${name}"`;

export type ArchiveTotals = ReturnType<typeof generateArchive> & { approvedPairs: number; file: string; generateMs: number; cached: boolean };

/** The cache file of the archive for `options`, written first if it is not there yet. */
export function archiveCache(options: ArchiveOptions = DEFAULT_ARCHIVE): ArchiveTotals {
  const file = path.join(os.tmpdir(), `redline-bench-archive-${archiveFingerprint(options)}.db`);
  if (existsSync(file)) return { ...readTotals(file), file, generateMs: 0, cached: true };
  const started = Date.now();
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(partial);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  for (const { table, columns } of TABLES) db.exec(`CREATE TABLE ${q(table)} (${columns.map(q).join(', ')})`);
  const insert = Object.fromEntries(TABLES.map(({ table, columns }) => [table, db.prepare(`INSERT INTO ${q(table)} VALUES (${columns.map(() => '?').join(', ')})`)]));
  const stamp = (iso: string) => iso.replace('Z', '+00:00');
  const now = stamp(new Date(Date.parse('2025-11-30T00:00:00Z')).toISOString());
  db.transaction(() => {
    for (const language of LANGUAGES) insert.Language.run(language.code, language.englishName, language.nativeName, language.direction);
    for (const person of ARCHIVE_PEOPLE) insert.user.run(person.id, person.name, person.email, 1, person.role, now, now);
    for (const lang of ARCHIVE_LANGUAGES) insert.UserLanguage.run(`archive-translator-${lang}`, lang);
    generateArchive(options, (rows) => {
      const d = rows.document;
      insert.Document.run(d.id, d.slug, d.title, 'en', stamp(d.createdAt), d.sourceRevision);
      for (const lang of ARCHIVE_LANGUAGES) insert.DocumentLanguage.run(d.id, lang);
      for (const p of rows.paragraphs) insert.Paragraph.run(p.id, d.id, p.position, p.kind, stamp(p.createdAt));
      for (const s of rows.sources) insert.SourceVersion.run(s.id, s.paragraphId, s.number, s.text, searchFold(s.text), stamp(s.createdAt));
      for (const v of rows.versions) {
        insert.TranslationVersion.run(v.id, v.paragraphId, v.languageCode, v.number, v.text, searchFold(v.text), v.authorId, v.baseVersionId, v.sourceVersionId, stamp(v.createdAt));
      }
      for (const r of rows.reviews) insert.Review.run(r.id, r.translationVersionId, r.sourceVersionId, r.reviewerId, r.decision, r.comment, stamp(r.createdAt));
    });
  })();
  db.close();
  renameSync(partial, file);
  return { ...readTotals(file), file, generateMs: Date.now() - started, cached: false };
}

function readTotals(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      articles: count('SELECT count(*) AS n FROM "Document"'),
      paragraphs: count('SELECT count(*) AS n FROM "Paragraph"'),
      sources: count('SELECT count(*) AS n FROM "SourceVersion"'),
      versions: count('SELECT count(*) AS n FROM "TranslationVersion"'),
      approved: count(`SELECT count(*) AS n FROM "Review" WHERE "decision" = 'approved'`),
      rejected: count(`SELECT count(*) AS n FROM "Review" WHERE "decision" = 'rejected'`),
      approvedPairs: count(`SELECT count(*) AS n FROM (SELECT DISTINCT s."text", t."text", t."languageCode" FROM "Review" r JOIN "TranslationVersion" t ON t."id" = r."translationVersionId" JOIN "SourceVersion" s ON s."id" = r."sourceVersionId" WHERE r."decision" = 'approved')`),
    };
  } finally {
    db.close();
  }
}

/** Copies the archive into a migrated Redline SQLite database. */
export function loadArchiveIntoSqlite(databaseFile: string, cacheFile: string) {
  const db = new Database(databaseFile);
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('ATTACH DATABASE ? AS archive').run(cacheFile);
    db.transaction(() => {
      for (const { table, columns } of TABLES) {
        const list = columns.map(q).join(', ');
        db.exec(`INSERT ${table === 'Language' ? 'OR IGNORE ' : ''}INTO main.${q(table)} (${list}) SELECT ${list} FROM archive.${q(table)}`);
      }
    })();
    db.exec('DETACH DATABASE archive');
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}

/** Copies the archive into a migrated Redline PostgreSQL database. */
export async function loadArchiveIntoPostgres(url: string, cacheFile: string) {
  const source = new Database(cacheFile, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TIME ZONE 'UTC'");
    await client.query('BEGIN');
    for (const { table, columns } of TABLES) {
      const rows = source.prepare(`SELECT ${columns.map(q).join(', ')} FROM ${q(table)}`).raw().iterate() as IterableIterator<unknown[]>;
      let batch: unknown[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const values: unknown[] = [];
        const tuples = batch.map((row) => `(${row.map((value, i) => {
          values.push(columns[i] === 'emailVerified' ? value === 1 : value);
          return TIMESTAMPS.has(columns[i]) ? `$${values.length}::timestamptz` : `$${values.length}`;
        }).join(', ')})`);
        const conflict = table === 'Language' ? ' ON CONFLICT DO NOTHING' : '';
        await client.query(`INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${tuples.join(', ')}${conflict}`, values);
        batch = [];
      };
      for (const row of rows) {
        batch.push(row);
        if (batch.length * columns.length >= 30_000) await flush();
      }
      await flush();
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
    source.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const totals = archiveCache();
  console.log(JSON.stringify(totals, null, 2));
}
