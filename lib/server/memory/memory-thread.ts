import type { SeqRange } from '../../memory-english-cursor';
import 'server-only';
// Memory suggestions are asked whenever a translator opens a paragraph, and at a year's archive
// their two long parts held the event loop, so every other request of the process, for as long
// as they took (57 ms p50, 108 ms p95 in one piece, scripts/bench/memory-index.ts): the
// index's ranking of every English text that shares a word with the paragraph (SQLite answers
// through better-sqlite3 on the calling thread) and the word score of a few hundred candidates
// (segmenting and diffing their words). Both run on a worker thread of their own: the SQLite
// reads with a read-only connection to the same file (WAL: it reads the last committed state
// while the app writes), the ranking for both databases. On PostgreSQL the driver waits without
// blocking, and Prisma asks. Now a suggestion holds the loop 2 to 5 ms. On SQLite one request
// reads, orders and ranks, and only the best few come back (the candidates no longer cross to the
// main thread and back: no change the benchmark's noise shows, 1.9 -> 1.8 ms held p50).
import { Worker } from 'node:worker_threads';
import type { MemoryPair, MemorySuggestion } from '../../api/memory';
import type { BestTexts } from '../../memory-english-index';
import { SQLITE_BUSY_TIMEOUT_MS } from '../database-config';
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

/** Suggestions from the SQLite file at `filePath`: its index asked, and the candidates ranked, on the memory's thread. */
export async function suggestOnMemoryThread(
  filePath: string,
  { approvedSql, importedSql, english, min, limit }: { approvedSql: Prisma.Sql; importedSql: Prisma.Sql; english: string; min: number; limit: number },
): Promise<MemorySuggestion[]> {
  const approved = { sql: approvedSql.sql, values: approvedSql.values };
  const imported = { sql: importedSql.sql, values: importedSql.values };
  return (await ask({ kind: 'suggest', filePath, approved, imported, english, min, limit })) as MemorySuggestion[];
}

/** rankSuggestions, on the memory's thread: the candidates go there as plain data, the best come back. */
export async function rankOnMemoryThread(english: string, candidates: MemoryPair[], { min, limit }: { min: number; limit: number }): Promise<MemorySuggestion[]> {
  return (await ask({ kind: 'rank', english, candidates, min, limit })) as MemorySuggestion[];
}

/** PostgreSQL: the numbers of English versions the memory's index of database `key` reads next. */
export async function englishUnreadOnMemoryThread(key: string): Promise<SeqRange[]> {
  return (await ask({ kind: 'english-unread', key })) as SeqRange[];
}

/** PostgreSQL: the texts most like `english` in the index of database `key`, after adding what `read` brings. */
export async function bestTextsOnMemoryThread(key: string, english: string, { count, min }: { count: number; min: number }, read: Extract<MemoryWork, { kind: 'best-texts' }>['read']): Promise<BestTexts> {
  return (await ask({ kind: 'best-texts', key, read, english, count, min })) as BestTexts;
}
