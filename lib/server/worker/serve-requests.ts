// The worker's side of a ThreadClient (thread-client.ts): answers each request the main thread
// posts with what `handle` returns, or with the error it threw. No 'server-only' and nothing of
// the app's server: worker threads load this file.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../app-error';

/** A request as the main thread posts it: its id and what the worker is to do. */
export type ThreadRequest = { id: number; work: unknown };

/** What the worker answers: the result, or the AppError's fields (an Error does not cross threads as itself). */
export type ThreadAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { appError: boolean; code: string; message: string; userMessage: string; details?: Record<string, unknown> } };

export function serveRequests(handle: (work: never) => unknown) {
  parentPort!.on('message', ({ id, work }: ThreadRequest) => {
    let answer: ThreadAnswer;
    try {
      answer = { id, ok: true, value: handle(work as never) };
    } catch (error) {
      answer =
        error instanceof AppError
          ? { id, ok: false, error: { appError: true, code: error.code, message: error.message, userMessage: error.userMessage, details: error.details } }
          : { id, ok: false, error: { appError: false, code: 'internal', message: error instanceof Error ? error.message : String(error), userMessage: '' } };
    }
    parentPort!.postMessage(answer);
  });
}
