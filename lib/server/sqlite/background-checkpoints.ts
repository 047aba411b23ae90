import 'server-only';
// SQLite's write-ahead log is copied into the database file by checkpoints. By default the
// connection whose commit takes the log past 1,000 pages runs one, there and then: on the app's
// connection that is the event loop, held while SQLite copies and syncs some 4 MB (65 to 80 ms
// at the commit of an XLIFF import of 2,000 paragraphs, scripts/bench/longest-blocks.ts; any
// save that happens to cross the mark pays it too). Here a worker thread runs the checkpoints
// instead, every second, through a connection of its own; the app's connection keeps its own
// automatic checkpoint only as a safety net, at a mark ten times as high (40 MB of log), should
// the thread ever not keep up.
import { Worker } from 'node:worker_threads';
import { fromSource, sourceWorker } from '../worker/source-worker';
import { ThreadClient } from '../worker/thread-client';
import type { CheckpointWork } from './checkpoint-worker';

/** `PRAGMA wal_autocheckpoint` of the app's connection: pages (4 KiB) of log before it checkpoints itself. */
export const APP_AUTOCHECKPOINT_PAGES = 10_000;
const CHECKPOINT_EVERY_MS = 1000;

// The built app's worker is bundled by Next.js from this literal `new Worker(new URL(...))`.
const checkpointThread = new ThreadClient(() =>
  fromSource(import.meta.url) ? sourceWorker(import.meta.url, 'checkpoint-worker.ts') : new Worker(new URL('./checkpoint-worker.ts', import.meta.url)),
);

const started = new Set<string>();

/** Checkpoints the database at `filePath` from the worker thread, every second, for as long as the process runs. */
export function checkpointInBackground(filePath: string) {
  if (started.has(filePath)) return;
  started.add(filePath);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    checkpointThread
      .ask({ filePath } satisfies CheckpointWork)
      .catch((error: Error) => {
        // The file is gone or unreadable: the app's own automatic checkpoint remains.
        console.error(`Background checkpoints of ${filePath} stopped: ${error.message}`);
        clearInterval(timer);
        started.delete(filePath);
      })
      .finally(() => {
        running = false;
      });
  }, CHECKPOINT_EVERY_MS);
  // Never what keeps a process alive.
  timer.unref();
}
