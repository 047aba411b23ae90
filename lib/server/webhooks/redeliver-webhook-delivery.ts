import 'server-only';
// An admin sends a delivery again. A finished one (delivered, or given up after its retries)
// becomes a new delivery of the same event to the same hook, with its own id and tries, so the
// first one's record stays as it was. One still waiting for a retry is simply made due now.
import type { WebhookDelivery } from '../../api/webhooks';
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { requireWebhookManager } from '../access';
import { getDb } from '../db';
import { deliveryJson, deliverySelect } from './webhook-json';

export async function redeliverWebhookDelivery({
  deliveryId,
  actor,
  now = new Date(),
}: {
  deliveryId: string;
  actor: Actor;
  now?: Date;
}): Promise<{ created: boolean; delivery: WebhookDelivery }> {
  requireWebhookManager(actor);
  const db = getDb();
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, status: true, webhookId: true, eventId: true, webhook: { select: { active: true, url: true } } },
  });
  if (!delivery) throw new AppError('not_found', { message: `There is no webhook delivery ${deliveryId}.` });
  if (!delivery.webhook.active) {
    throw new AppError('conflict', { message: `The webhook for ${delivery.webhook.url} is inactive: activate it first, then redeliver.` });
  }
  if (delivery.status === 'pending' || delivery.status === 'failed') {
    const { count } = await db.webhookDelivery.updateMany({
      where: { id: delivery.id, status: { in: ['pending', 'failed'] } },
      data: { nextAttemptAt: now },
    });
    // Finished in the meantime: fall through to a new delivery.
    if (count === 1) return { created: false, delivery: deliveryJson(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id }, select: deliverySelect })) };
  }
  const created = await db.webhookDelivery.create({
    data: { webhookId: delivery.webhookId, eventId: delivery.eventId, nextAttemptAt: now, redeliveryOfId: delivery.id },
    select: deliverySelect,
  });
  return { created: true, delivery: deliveryJson(created) };
}
