// The worker thread of memory-thread.ts: runs the memory's candidates' queries on SQLite, on a
// read-only connection of its own per database file, puts them in the brute-force scan's order
// (lib/memory-pairs.ts), and ranks candidates by the word score
// (lib/translation-memory.ts, whose cache of segmented texts lives here, between requests). One
// request at a time. No 'server-only' and nothing of the app's server: worker threads load this.
import Database, { type Statement } from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { rankSuggestions } from '../../translation-memory';
import { serveRequests } from '../worker/serve-requests';
import { candidatePairs, type ImportedUnitRow, type MemoryCandidateRow } from '../../memory-pairs';
import type { BoundStatement, MemoryWork } from './memory-work';

const { busyTimeoutMs } = workerData as { busyTimeoutMs: number };

type Connection = { db: Database.Database; prepared: Map<string, Statement> };
/** By file: tests open a database of their own per file. */
const connections = new Map<string, Connection>();

function connectionTo(filePath: string): Connection {
  let connection = connections.get(filePath);
  if (!connection) {
    const db = new Database(filePath, { fileMustExist: true, timeout: busyTimeoutMs });
    // Read-only in effect: the app writes through its own connection. (Not `readonly: true`,
    // which needs the write-ahead log's files to exist before it opens.)
    db.pragma('query_only = ON');
    connection = { db, prepared: new Map() };
    connections.set(filePath, connection);
  }
  return connection;
}

/** The rows of a statement, prepared once per connection: the candidates' queries differ in their values only. */
function rowsOf<Row>(filePath: string, { sql, values }: BoundStatement): Row[] {
  const { db, prepared } = connectionTo(filePath);
  let statement = prepared.get(sql);
  if (!statement) {
    if (prepared.size >= 32) prepared.clear();
    statement = db.prepare(sql);
    prepared.set(sql, statement);
  }
  return statement.all(...values) as Row[];
}

serveRequests((work: MemoryWork) => {
  if (work.kind === 'rank') return rankSuggestions(work.english, work.candidates, { min: work.min, limit: work.limit });
  const candidates = candidatePairs(rowsOf<MemoryCandidateRow>(work.filePath, work.approved), rowsOf<ImportedUnitRow>(work.filePath, work.imported));
  return rankSuggestions(work.english, candidates, { min: work.min, limit: work.limit });
});
