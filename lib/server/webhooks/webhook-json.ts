import 'server-only';
// Webhooks and deliveries as the API shows them: never the secret (only creation and rotation
// answer with it), never the worker's lock columns.
import type { Webhook, WebhookDelivery } from '../../api/webhooks';
import { isWebhookEvent, parseEventList } from '../../webhooks/events';
import { AppError } from '../../app-error';
import type { Db, Tx } from '../db';

export const webhookSelect = { id: true, url: true, events: true, active: true, createdAt: true, updatedAt: true } as const;

export function webhookJson(row: { id: string; url: string; events: string; active: boolean; createdAt: Date; updatedAt: Date }): Webhook {
  return { id: row.id, url: row.url, events: parseEventList(row.events), active: row.active, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export const deliverySelect = {
  id: true,
  webhookId: true,
  status: true,
  attempts: true,
  responseCode: true,
  lastError: true,
  responseExcerpt: true,
  lastAttemptAt: true,
  nextAttemptAt: true,
  deliveredAt: true,
  redeliveryOfId: true,
  createdAt: true,
  event: { select: { event: true, occurredAt: true } },
} as const;

type DeliveryRow = {
  id: string;
  webhookId: string;
  status: string;
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  responseExcerpt: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  redeliveryOfId: string | null;
  createdAt: Date;
  event: { event: string; occurredAt: Date };
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function deliveryJson(row: DeliveryRow): WebhookDelivery {
  if (!isWebhookEvent(row.event.event)) throw new Error(`Delivery ${row.id} has an unknown event ${row.event.event}.`);
  return {
    id: row.id,
    webhookId: row.webhookId,
    event: row.event.event,
    occurredAt: row.event.occurredAt.toISOString(),
    status: row.status as WebhookDelivery['status'],
    attempts: row.attempts,
    responseCode: row.responseCode,
    lastError: row.lastError,
    responseExcerpt: row.responseExcerpt,
    lastAttemptAt: iso(row.lastAttemptAt),
    nextAttemptAt: iso(row.nextAttemptAt),
    deliveredAt: iso(row.deliveredAt),
    redeliveryOf: row.redeliveryOfId,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findWebhookOr404(db: Db | Tx, id: string) {
  const webhook = await db.webhook.findUnique({ where: { id }, select: webhookSelect });
  if (!webhook) throw new AppError('not_found', { message: `There is no webhook ${id}.` });
  return webhook;
}
