// Runs once when a Next.js server starts (`npm start`, `next dev`): starts the webhook worker in
// the Node.js runtime. Not during `next build`, which loads the app without serving it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startWebhookWorker } = await import('./lib/server/webhooks/start-webhook-worker');
  startWebhookWorker();
}
