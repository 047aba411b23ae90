import 'server-only';
// An admin changes a hook's URL or events, or pauses and resumes it. Deliveries already queued
// go to the URL the hook has when they are sent; a paused hook's queued deliveries wait.
import type { Webhook } from '../../api/webhooks';
import type { Actor } from '../../roles';
import { requireWebhookManager } from '../access';
import { getDb } from '../db';
import { webhookEventsOrThrow, webhookUrlOrThrow } from './webhook-input';
import { findWebhookOr404, webhookJson } from './webhook-json';

export async function updateWebhook({
  id,
  changes,
  actor,
}: {
  id: string;
  changes: { url?: string; events?: readonly string[]; active?: boolean };
  actor: Actor;
}): Promise<Webhook> {
  requireWebhookManager(actor);
  const data = {
    ...(changes.url === undefined ? {} : { url: webhookUrlOrThrow(changes.url) }),
    ...(changes.events === undefined ? {} : { events: webhookEventsOrThrow(changes.events) }),
    ...(changes.active === undefined ? {} : { active: changes.active }),
  };
  const db = getDb();
  if (Object.keys(data).length === 0) return webhookJson(await findWebhookOr404(db, id));
  const { count } = await db.webhook.updateMany({ where: { id }, data });
  if (count === 0) await findWebhookOr404(db, id);
  return webhookJson(await findWebhookOr404(db, id));
}
