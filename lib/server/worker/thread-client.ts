import 'server-only';
// The main thread's side of a worker thread that answers requests (serve-requests.ts): posts
// each request with an id and resolves it with the worker's answer. The worker starts on the
// first request and keeps the process alive only while a request waits for it; one that dies (out of memory on a hostile
// file) fails what it was doing, and the next request starts a new one. An AppError thrown in the
// worker comes back as an AppError; anything else as an Error with its message (a 500 without
// detail).
import type { Worker } from 'node:worker_threads';
import { AppError, type AppErrorCode } from '../../app-error';
import type { ThreadAnswer, ThreadRequest } from './serve-requests';

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class ThreadClient {
  #worker: Worker | null = null;
  #nextId = 1;
  readonly #waiting = new Map<number, Waiting>();

  constructor(private readonly start: () => Worker) {}

  ask(work: unknown): Promise<unknown> {
    this.#worker ??= this.#started();
    const id = this.#nextId++;
    const answer = new Promise<unknown>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    this.#worker.ref();
    this.#worker.postMessage({ id, work } satisfies ThreadRequest);
    return answer;
  }

  #started(): Worker {
    const worker = this.start();
    worker.on('message', (answer: ThreadAnswer) => {
      const entry = this.#waiting.get(answer.id);
      if (!entry) return;
      this.#waiting.delete(answer.id);
      if (this.#waiting.size === 0) worker.unref();
      if (answer.ok) entry.resolve(answer.value);
      else if (answer.error.appError) entry.reject(new AppError(answer.error.code as AppErrorCode, { message: answer.error.message, userMessage: answer.error.userMessage, details: answer.error.details }));
      else entry.reject(new Error(`${answer.error.message} (on a worker thread)`));
    });
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const entry of this.#waiting.values()) entry.reject(error);
      this.#waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`A worker thread stopped (exit code ${code}).`)));
    return worker;
  }
}
