import 'server-only';
// The app server's one webhook worker, started from instrumentation.ts when the server starts.
// Kept on globalThis: Next.js may load this module more than once, and there must be one loop.
import { WebhookWorker } from './webhook-worker';

const cache = globalThis as unknown as { redlineWebhookWorker?: WebhookWorker };

export function startWebhookWorker(): WebhookWorker {
  cache.redlineWebhookWorker ??= new WebhookWorker().start();
  return cache.redlineWebhookWorker;
}

export async function stopWebhookWorker(): Promise<void> {
  const worker = cache.redlineWebhookWorker;
  delete cache.redlineWebhookWorker;
  await worker?.stop();
}
