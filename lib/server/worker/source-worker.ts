import 'server-only';
// A worker thread run from the TypeScript sources (Vitest, tsx scripts), where Next.js has not
// bundled it: the thread imports its file through tsx's API, since Node 20 does not pass a
// `--import` loader on to worker threads. The built app starts its workers from the literal
// `new Worker(new URL('./file.ts', import.meta.url))` that Turbopack compiles with the app.
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Whether the module at `moduleUrl` runs from source (a .ts file) rather than from the build. */
export function fromSource(moduleUrl: string): boolean {
  return moduleUrl.endsWith('.ts');
}

/** Starts the worker `file` (a name beside the module at `moduleUrl`) from source. */
export function sourceWorker(moduleUrl: string, file: string, options: WorkerOptions = {}): Worker {
  // Not `new URL(...)` here: Turbopack would take that for an asset to copy.
  const source = JSON.stringify(moduleUrl.replace(/[^/]+$/, file));
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${source}, ${source}))`, { ...options, eval: true });
}
