// The browser's calls of the webhook API (the admin page).
import { callApi, postJson, type ApiResult } from './api-call';
import type { Webhook, WebhookDelivery, WebhookWithSecret } from '../api/webhooks';
import type { WebhookEventName } from '../webhooks/events';

const hook = (id: string) => `/api/webhooks/${encodeURIComponent(id)}`;

export function createWebhookCall(body: { url: string; events: WebhookEventName[] }): Promise<ApiResult<WebhookWithSecret>> {
  return postJson('/api/webhooks', body);
}

export function updateWebhookCall(id: string, changes: { events?: WebhookEventName[]; active?: boolean; url?: string }): Promise<ApiResult<Webhook>> {
  return callApi(hook(id), { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(changes) });
}

export function rotateWebhookSecretCall(id: string): Promise<ApiResult<WebhookWithSecret>> {
  return callApi(`${hook(id)}/secret`, { method: 'POST' });
}

export function redeliverCall(deliveryId: string): Promise<ApiResult<WebhookDelivery>> {
  return callApi(`/api/webhook-deliveries/${encodeURIComponent(deliveryId)}/redeliver`, { method: 'POST' });
}

export function deleteWebhookCall(id: string): Promise<ApiResult<null>> {
  return callApi(hook(id), { method: 'DELETE' });
}
