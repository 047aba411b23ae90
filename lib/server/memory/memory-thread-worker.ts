// The worker thread of memory-thread.ts. It keeps each database's English in an index in memory
// (lib/memory-english-index.ts). On SQLite it brings the index up to date before each suggestion
// from the log of English versions (prisma/sqlite/migrations/*_source_version_log), reads through
// a read-only connection of its own the approved pairs of the texts the index chose and the
// imported units' candidates, puts them in the brute-force scan's order (lib/memory-pairs.ts) and
// ranks them by the word score (lib/translation-memory.ts, whose cache of segmented texts lives
// here, between requests). On PostgreSQL the main thread reads (its driver waits without
// blocking) and brings the versions it read; the thread keeps the index and ranks. One request at
// a time. No 'server-only' and nothing of the app's server: worker threads load this.
import Database, { type Statement } from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { EnglishCursor } from '../../memory-english-cursor';
import { answerSettled, EnglishIndex, FIRST_TEXTS, MORE_TEXTS } from '../../memory-english-index';
import { rankSuggestions } from '../../translation-memory';
import { serveRequests } from '../worker/serve-requests';
import { candidatePairs, type ImportedUnitRow, type MemoryCandidateRow } from '../../memory-pairs';
import type { BoundStatement, MemoryWork } from './memory-work';

const { busyTimeoutMs } = workerData as { busyTimeoutMs: number };

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
  const options = { min: work.min, limit: work.limit };
  for (let count = FIRST_TEXTS; ; count *= MORE_TEXTS) {
    const best = connection.english.best(work.english, { count, min: work.min });
    const approved = rowsOf<MemoryCandidateRow>(connection, { sql: work.approved.sql, values: [JSON.stringify(best.texts), ...work.approved.values.slice(1)] });
    const ranked = rankSuggestions(work.english, candidatePairs(approved, imported), options);
    if (answerSettled(best, ranked, options)) return ranked;
  }
}

/** PostgreSQL databases' indexes, by URL, with where each reads on from. */
const postgresIndexes = new Map<string, { english: EnglishIndex; cursor: EnglishCursor }>();

function postgresIndex(key: string) {
  let index = postgresIndexes.get(key);
  if (!index) {
    index = { english: new EnglishIndex(), cursor: new EnglishCursor() };
    postgresIndexes.set(key, index);
  }
  return index;
}

function bestTexts(work: Extract<MemoryWork, { kind: 'best-texts' }>) {
  const index = postgresIndex(work.key);
  if (work.read) {
    index.english.add(work.read.texts);
    index.cursor.advance(work.read.made);
  }
  return index.english.best(work.english, { count: work.count, min: work.min });
}

serveRequests((work: MemoryWork) => {
  switch (work.kind) {
    case 'rank':
      return rankSuggestions(work.english, work.candidates, { min: work.min, limit: work.limit });
    case 'suggest':
      return suggest(work);
    case 'english-unread':
      return postgresIndex(work.key).cursor.unread;
    case 'best-texts':
      return bestTexts(work);
  }
});
