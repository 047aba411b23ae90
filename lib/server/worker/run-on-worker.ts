import 'server-only';
// Runs long pure work (lib/server/worker/tasks.ts: parsing an imported file or article, aligning a
// story's paragraphs) on a worker thread: each is one synchronous call, and on the event loop a
// 2.3 MB XLIFF file held every other request of the process for 640 ms, a 0.8 MB TMX file for 370
// ms, a 2,000-paragraph story rewritten from end to end for 2.3 s. One worker for the process,
// started on first use and not keeping the process alive; tasks run one after another. A task's
// AppError comes back as an AppError; anything else as the error it was (a 500 without detail).
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorCode } from '../../app-error';
import type { WORKER_TASKS, WorkerAnswer, WorkerTask } from './tasks';

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/**
 * The built app's worker is bundled by Next.js (Turbopack compiles the worker's TypeScript with
 * the app, from this literal `new Worker(new URL(...))`). Run from source (Vitest, tsx scripts),
 * the worker imports its TypeScript through tsx's API: Node 20 does not pass a `--import` loader
 * on to worker threads.
 */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker-thread.ts', import.meta.url));
  // Not `new URL(...)` here: Turbopack would take that for an asset to copy.
  const source = JSON.stringify(import.meta.url.replace(/[^/]+$/, 'worker-thread.ts'));
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${source}, ${source}))`, { eval: true });
}

function startWorker(): Worker {
  const started = newWorker();
  started.unref();
  started.on('message', (answer: WorkerAnswer) => {
    const entry = waiting.get(answer.id);
    if (!entry) return;
    waiting.delete(answer.id);
    if (answer.ok) entry.resolve(answer.value);
    else if (answer.error.appError) entry.reject(new AppError(answer.error.code as AppErrorCode, { message: answer.error.message, userMessage: answer.error.userMessage, details: answer.error.details }));
    else entry.reject(new Error(`${answer.error.message} (on the worker thread)`));
  });
  // A worker that dies (out of memory on a hostile file) fails what it was doing; the next task starts a new one.
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`The worker thread stopped (exit code ${code}).`)));
  return started;
}

type Tasks = typeof WORKER_TASKS;

export function runOnWorker<K extends WorkerTask>(task: K, ...args: Parameters<Tasks[K]>): Promise<ReturnType<Tasks[K]>> {
  worker ??= startWorker();
  const id = nextId++;
  const promise = new Promise<unknown>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.postMessage({ id, task, args });
  return promise as Promise<ReturnType<Tasks[K]>>;
}
