import 'server-only';
// Runs long pure work (lib/server/worker/tasks.ts: parsing an imported file or article, aligning a
// story's paragraphs) on a worker thread: each is one synchronous call, and on the event loop a
// 2.3 MB XLIFF file held every other request of the process for 640 ms, a 0.8 MB TMX file for 370
// ms, a 2,000-paragraph story rewritten from end to end for 2.3 s. One worker for the process;
// tasks run one after another.
import { Worker } from 'node:worker_threads';
import { fromSource, sourceWorker } from './source-worker';
import type { WORKER_TASKS, WorkerTask } from './tasks';
import { ThreadClient } from './thread-client';

/** The built app's worker is bundled by Next.js from this literal `new Worker(new URL(...))`. */
const worker = new ThreadClient(() =>
  fromSource(import.meta.url) ? sourceWorker(import.meta.url, 'worker-thread.ts') : new Worker(new URL('./worker-thread.ts', import.meta.url)),
);

type Tasks = typeof WORKER_TASKS;

export function runOnWorker<K extends WorkerTask>(task: K, ...args: Parameters<Tasks[K]>): Promise<ReturnType<Tasks[K]>> {
  return worker.ask({ task, args }) as Promise<ReturnType<Tasks[K]>>;
}
