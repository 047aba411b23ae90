import 'server-only';
// Records that something happened, for every active hook that hears this event: one event row
// and one delivery row per hook, due now. Call it with the transaction that makes the change
// (`tx`), so the event is recorded if and only if the change is committed; the worker
// (webhook-worker.ts) sends it after the commit. Nothing here waits for a receiver.
//
//   await enqueueWebhookEvent(tx, { event: 'document.created', data: { document: {...}, createdBy, links } });
//
// `data` may be a function: it is called only when some hook hears the event, so an event nobody
// subscribed to costs one small query.
import type { WebhookEventData } from '../../api/webhooks';
import { parseEventList, type WebhookEventName } from '../../webhooks/events';
import type { Db, Tx } from '../db';

export type { WebhookEventData };

export async function enqueueWebhookEvent<Event extends WebhookEventName>(
  db: Db | Tx,
  { event, data, occurredAt = new Date() }: { event: Event; data: WebhookEventData[Event] | (() => Promise<WebhookEventData[Event]>); occurredAt?: Date },
): Promise<{ deliveries: number }> {
  const hooks = (await db.webhook.findMany({ where: { active: true }, select: { id: true, events: true } })).filter((hook) =>
    parseEventList(hook.events).includes(event),
  );
  if (hooks.length === 0) return { deliveries: 0 };
  const payload = typeof data === 'function' ? await data() : data;
  await db.webhookEvent.create({
    data: {
      event,
      data: JSON.stringify(payload),
      occurredAt,
      deliveries: { create: hooks.map((hook) => ({ webhookId: hook.id, nextAttemptAt: occurredAt })) },
    },
    select: { id: true },
  });
  return { deliveries: hooks.length };
}
