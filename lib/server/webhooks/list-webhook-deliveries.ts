import 'server-only';
// A hook's deliveries, newest first, with what happened on their last try.
import type { WebhookDelivery } from '../../api/webhooks';
import type { Actor } from '../../roles';
import { requireWebhookManager } from '../access';
import { getDb } from '../db';
import { deliveryJson, deliverySelect, findWebhookOr404 } from './webhook-json';

export async function listWebhookDeliveries({ webhookId, limit = 50, actor }: { webhookId: string; limit?: number; actor: Actor }): Promise<WebhookDelivery[]> {
  requireWebhookManager(actor);
  const db = getDb();
  await findWebhookOr404(db, webhookId);
  const deliveries = await db.webhookDelivery.findMany({
    where: { webhookId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.max(1, Math.min(limit, 200)),
    select: deliverySelect,
  });
  return deliveries.map(deliveryJson);
}
