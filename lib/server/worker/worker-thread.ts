// The worker thread of run-on-worker.ts: runs one task at a time (tasks.ts).
import { serveRequests } from './serve-requests';
import { WORKER_TASKS, type WorkerTask } from './tasks';

serveRequests(({ task, args }: { task: WorkerTask; args: unknown[] }) => (WORKER_TASKS[task] as (...args: unknown[]) => unknown)(...args));
