// What one delivery sends: the JSON body and its headers. The body of a delivery is the same on
// every try (the same id, the same occurredAt), so a receiver can tell a retry by its id.
import type { WebhookEventName } from './events';
import { signWebhookBody } from './signature';

export type WebhookEnvelope = { event: WebhookEventName; deliveryId: string; occurredAt: string; data: unknown };

export function webhookRequestBody(envelope: WebhookEnvelope): string {
  return JSON.stringify({ event: envelope.event, deliveryId: envelope.deliveryId, occurredAt: envelope.occurredAt, data: envelope.data });
}

export const WEBHOOK_USER_AGENT = 'Redline-Webhooks/1';

export function webhookRequestHeaders({ event, deliveryId, secret, body }: { event: WebhookEventName; deliveryId: string; secret: string; body: string }) {
  return {
    'content-type': 'application/json',
    'user-agent': WEBHOOK_USER_AGENT,
    'x-redline-event': event,
    'x-redline-delivery': deliveryId,
    'x-redline-signature': signWebhookBody(secret, body),
  };
}
