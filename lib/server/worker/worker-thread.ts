// The worker thread of run-on-worker.ts: runs one task at a time and answers with the result or the error.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../app-error';
import { WORKER_TASKS, type WorkerAnswer, type WorkerTask } from './tasks';

parentPort!.on('message', ({ id, task, args }: { id: number; task: WorkerTask; args: unknown[] }) => {
  let answer: WorkerAnswer;
  try {
    answer = { id, ok: true, value: (WORKER_TASKS[task] as (...args: unknown[]) => unknown)(...args) };
  } catch (error) {
    answer =
      error instanceof AppError
        ? { id, ok: false, error: { appError: true, code: error.code, message: error.message, userMessage: error.userMessage, details: error.details } }
        : { id, ok: false, error: { appError: false, code: 'internal', message: error instanceof Error ? error.message : String(error), userMessage: '' } };
  }
  parentPort!.postMessage(answer);
});
