import 'server-only';
// An interactive transaction that reads and then writes, made safe against SQLite's one failure
// that waiting cannot cure. In WAL mode a transaction starts as a reader; when it first writes
// after another connection (another process: a script, a test worker, a second server) has
// committed since its reads began, its snapshot is stale and SQLite answers SQLITE_BUSY at once,
// without the busy timeout (Prisma reports P1008). The only remedy is to run the whole
// transaction again on a fresh snapshot: its reads then see the other write, and its checks
// (the head is still the base, every paragraph is still approved) decide again. PostgreSQL never
// fails this way; there the transaction runs once.
import type { Db, Tx } from './db';

const ATTEMPTS = 6;

/**
 * Prisma rolls an interactive transaction back after 5 s by default. The work here is a few
 * statements; on a machine busy with something else it can still pass 5 s, and finishing it is
 * better than refusing a save, so the default limit is 15 s.
 */
const DEFAULT_TIMEOUT_MS = 15_000;

/** Runs `work` in one transaction, again (after a short, growing pause) when SQLite's snapshot went stale. */
export async function writeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { timeout: DEFAULT_TIMEOUT_MS, ...options });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isStaleSnapshot(error)) throw error;
      await pause(10 * 2 ** attempt * (0.5 + Math.random()));
    }
  }
}

/** Prisma's "operation timed out" for SQLITE_BUSY; duck-typed, as each provider's client has its own error class. */
function isStaleSnapshot(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P1008';
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
