import 'server-only';
// A new secret for a hook whose secret was lost or leaked. Secrets are shown once, when made: a
// secret on a page any admin can open would reach screen shares and shoulder-surfers, and a lost
// one costs only this call and a change to the receiver's configuration.
import type { WebhookWithSecret } from '../../api/webhooks';
import type { Actor } from '../../roles';
import { requireWebhookManager } from '../access';
import { getDb } from '../db';
import { newWebhookSecret } from './webhook-input';
import { findWebhookOr404, webhookJson, webhookSelect } from './webhook-json';

export async function rotateWebhookSecret({ id, actor }: { id: string; actor: Actor }): Promise<WebhookWithSecret> {
  requireWebhookManager(actor);
  const db = getDb();
  const secret = newWebhookSecret();
  const { count } = await db.webhook.updateMany({ where: { id }, data: { secret } });
  if (count === 0) await findWebhookOr404(db, id);
  const webhook = await db.webhook.findUniqueOrThrow({ where: { id }, select: webhookSelect });
  return { ...webhookJson(webhook), secret };
}
