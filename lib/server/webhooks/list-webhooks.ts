import 'server-only';
// Every webhook, oldest first, for admins.
import type { Webhook } from '../../api/webhooks';
import type { Actor } from '../../roles';
import { requireWebhookManager } from '../access';
import { getDb } from '../db';
import { webhookJson, webhookSelect } from './webhook-json';

export async function listWebhooks({ actor }: { actor: Actor }): Promise<Webhook[]> {
  requireWebhookManager(actor);
  const webhooks = await getDb().webhook.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: webhookSelect });
  return webhooks.map(webhookJson);
}
