import 'server-only';
// Parses an imported file (XLIFF, TMX, TBX, glossary CSV) on a worker thread: a DOM parse is one
// synchronous call, and a 2.3 MB XLIFF file held the event loop for 640 ms, a 0.8 MB TMX file for
// 370 ms (a 20 MB one, the limit, for seconds), every other request of the process waiting. One
// worker for the process, started on the first import and not keeping the process alive; files
// are parsed one after another. The parser's AppError comes back as an AppError; anything else
// as the error it was (a 500 without detail).
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorCode } from '../../app-error';
import type { FILE_PARSERS, FileKind, ParseAnswer } from './file-parsers';

type Parsed<K extends FileKind> = ReturnType<(typeof FILE_PARSERS)[K]>;
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
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-file-worker.ts', import.meta.url));
  // Not `new URL(...)` here: Turbopack would take that for an asset to copy.
  const source = JSON.stringify(import.meta.url.replace(/[^/]+$/, 'parse-file-worker.ts'));
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${source}, ${source}))`, { eval: true });
}

function startWorker(): Worker {
  const started = newWorker();
  started.unref();
  started.on('message', (answer: ParseAnswer) => {
    const entry = waiting.get(answer.id);
    if (!entry) return;
    waiting.delete(answer.id);
    if (answer.ok) entry.resolve(answer.value);
    else if (answer.error.appError) entry.reject(new AppError(answer.error.code as AppErrorCode, { message: answer.error.message, userMessage: answer.error.userMessage, details: answer.error.details }));
    else entry.reject(new Error(`Parsing the file failed: ${answer.error.message}`));
  });
  // A worker that dies (out of memory on a hostile file) fails what it was parsing; the next file starts a new one.
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`The file parser stopped (exit code ${code}).`)));
  return started;
}

export function parseFile<K extends FileKind>(kind: K, text: string, ...args: Parameters<(typeof FILE_PARSERS)[K]> extends [string, ...infer Rest] ? Rest : never): Promise<Parsed<K>> {
  worker ??= startWorker();
  const id = nextId++;
  const promise = new Promise<unknown>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.postMessage({ id, kind, text, args });
  return promise as Promise<Parsed<K>>;
}
