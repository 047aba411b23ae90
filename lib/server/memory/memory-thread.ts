import 'server-only';
// Memory suggestions are asked whenever a translator opens a paragraph, and at a year's archive
// their two long parts held the event loop, so every other request of the process, for as long
// as they took (57 ms p50, 108 ms p95 in one piece, scripts/bench/memory-index.ts): the
// index's ranking of every English text that shares a word with the paragraph (SQLite answers
// through better-sqlite3 on the calling thread) and the word score of a few hundred candidates
// (segmenting and diffing their words). Both run on a worker thread of their own: the SQLite
// reads with a read-only connection to the same file (WAL: it reads the last committed state
// while the app writes), the ranking for both databases. On PostgreSQL the driver waits without
// blocking, and Prisma asks. Now a suggestion holds the loop 2 to 5 ms (handing the candidates over).
import { Worker } from 'node:worker_threads';
import type { rankSuggestions } from '../../translation-memory';
import { SQLITE_BUSY_TIMEOUT_MS, type DatabaseConfig } from '../database-config';
import type { Db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { fromSource, sourceWorker } from '../worker/source-worker';
import { ThreadClient } from '../worker/thread-client';
import type { MemoryWork } from './memory-work';

const options = { workerData: { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS } };
// The built app's worker is bundled by Next.js from this literal `new Worker(new URL(...))`.
const memoryThread = new ThreadClient(() =>
  fromSource(import.meta.url) ? sourceWorker(import.meta.url, 'memory-thread-worker.ts', options) : new Worker(new URL('./memory-thread-worker.ts', import.meta.url), options),
);

const ask = (work: MemoryWork) => memoryThread.ask(work);

/** The rows of `query`, a read of the memory's index in the database `config` names. */
export async function readMemoryRows<Row>(db: Db, config: DatabaseConfig, query: Prisma.Sql): Promise<Row[]> {
  if (config.provider === 'postgresql') return db.$queryRaw<Row[]>(query);
  return (await ask({ kind: 'read', filePath: config.filePath, sql: query.sql, values: query.values })) as Row[];
}

/** rankSuggestions, on the memory's thread: the candidates go there as plain data, the best come back. */
export async function rankOnMemoryThread<T extends { source: string }>(
  english: string,
  candidates: T[],
  { min, limit }: { min: number; limit: number },
): Promise<ReturnType<typeof rankSuggestions<T>>> {
  return (await ask({ kind: 'rank', english, candidates, min, limit })) as ReturnType<typeof rankSuggestions<T>>;
}
