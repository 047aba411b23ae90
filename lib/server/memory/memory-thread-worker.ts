// The worker thread of memory-thread.ts. On SQLite it keeps each database's English in an index
// in memory (lib/memory-english-index.ts), brought up to date before each suggestion from the
// log of English versions (prisma/sqlite/migrations/*_source_version_log), reads through a
// read-only connection of its own the approved pairs of the texts the index chose and the
// imported units' candidates, puts them in the brute-force scan's order (lib/memory-pairs.ts) and
// ranks them by the word score (lib/translation-memory.ts, whose cache of segmented texts lives
// here, between requests). One request at a time. No 'server-only' and nothing of the app's
// server: worker threads load this.
import Database, { type Statement } from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { EnglishIndex } from '../../memory-english-index';
import { rankSuggestions } from '../../translation-memory';
import { serveRequests } from '../worker/serve-requests';
import { candidatePairs, type ImportedUnitRow, type MemoryCandidateRow } from '../../memory-pairs';
import type { BoundStatement, MemoryWork } from './memory-work';

const { busyTimeoutMs } = workerData as { busyTimeoutMs: number };

/**
 * How many texts the index gives at first. Enough nearly always: a text may have no approved
 * translation into the language, or be the paragraph's own; when the texts given do not settle
 * the answer, four times as many are asked, and so on.
 */
const FIRST_TEXTS = 24;

type Connection = { db: Database.Database; prepared: Map<string, Statement>; english: EnglishIndex; readUpTo: number };
/** By file: tests open a database of their own per file. */
const connections = new Map<string, Connection>();

function connectionTo(filePath: string): Connection {
  let connection = connections.get(filePath);
  if (!connection) {
    const db = new Database(filePath, { fileMustExist: true, timeout: busyTimeoutMs });
    // Read-only in effect: the app writes through its own connection. (Not `readonly: true`,
    // which needs the write-ahead log's files to exist before it opens.)
    db.pragma('query_only = ON');
    connection = { db, prepared: new Map(), english: new EnglishIndex(), readUpTo: 0 };
    connections.set(filePath, connection);
  }
  return connection;
}

/** The rows of a statement, prepared once per connection: the candidates' queries differ in their values only. */
function rowsOf<Row>(connection: Connection, { sql, values }: BoundStatement): Row[] {
  let statement = connection.prepared.get(sql);
  if (!statement) {
    if (connection.prepared.size >= 32) connection.prepared.clear();
    statement = connection.db.prepare(sql);
    connection.prepared.set(sql, statement);
  }
  return statement.all(...values) as Row[];
}

/** The English versions written since the index last read, into the index (all of them, the first time). */
function readNewEnglish(connection: Connection) {
  const rows = rowsOf<{ seq: number; sourceVersionId: string; text: string | null }>(connection, {
    sql: `SELECT l."seq", l."sourceVersionId", s."text" FROM "SourceVersionLog" l LEFT JOIN "SourceVersion" s ON s."id" = l."sourceVersionId" WHERE l."seq" > ? ORDER BY l."seq"`,
    values: [connection.readUpTo],
  });
  if (rows.length === 0) return;
  connection.english.add(rows.flatMap(({ sourceVersionId, text }) => (text === null ? [] : [{ sourceVersionId, text }])));
  connection.readUpTo = rows[rows.length - 1].seq;
}

function suggest(work: Extract<MemoryWork, { kind: 'suggest' }>) {
  const connection = connectionTo(work.filePath);
  readNewEnglish(connection);
  const imported = rowsOf<ImportedUnitRow>(connection, work.imported);
  for (let count = FIRST_TEXTS; ; count *= 4) {
    const best = connection.english.best(work.english, { count, min: work.min });
    const texts = JSON.stringify(best.texts.map(({ sourceVersionId, score }) => [sourceVersionId, score]));
    const approved = rowsOf<MemoryCandidateRow>(connection, { sql: work.approved.sql, values: [texts, ...work.approved.values.slice(1)] });
    const ranked = rankSuggestions(work.english, candidatePairs(approved, imported), { min: work.min, limit: work.limit });
    // Settled when every approved pair that could still enter the answer was among these: the
    // texts left out score `best.complete` at most.
    const settled = best.complete < work.min || (ranked.length === work.limit && ranked[ranked.length - 1].score > best.complete);
    if (settled || work.limit <= 0) return ranked;
  }
}

serveRequests((work: MemoryWork) => {
  if (work.kind === 'rank') return rankSuggestions(work.english, work.candidates, { min: work.min, limit: work.limit });
  return suggest(work);
});
