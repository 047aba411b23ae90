import 'server-only';
// An admin registers a URL for some events. The answer carries the secret, the one time it is
// shown (see rotate-webhook-secret.ts for a lost one).
import type { WebhookWithSecret } from '../../api/webhooks';
import type { Actor } from '../../roles';
import { requireWebhookManager } from '../access';
import { getDb } from '../db';
import { newWebhookSecret, webhookEventsOrThrow, webhookUrlOrThrow } from './webhook-input';
import { webhookJson, webhookSelect } from './webhook-json';

export async function createWebhook({
  url,
  events,
  active = true,
  actor,
}: {
  url: string;
  events: readonly string[];
  active?: boolean;
  actor: Actor;
}): Promise<WebhookWithSecret> {
  requireWebhookManager(actor);
  const data = { url: webhookUrlOrThrow(url), events: webhookEventsOrThrow(events), active, secret: newWebhookSecret() };
  const webhook = await getDb().webhook.create({ data, select: { ...webhookSelect, secret: true } });
  return { ...webhookJson(webhook), secret: webhook.secret };
}
