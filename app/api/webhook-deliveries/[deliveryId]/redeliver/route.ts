import { redeliverWebhookDeliveryOperation } from '@/lib/api/webhooks';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { redeliverWebhookDelivery } from '@/lib/server/webhooks/redeliver-webhook-delivery';

export const POST = handle(redeliverWebhookDeliveryOperation, async ({ actor, params }) => {
  const { created, delivery } = await redeliverWebhookDelivery({ deliveryId: params.deliveryId, actor });
  return jsonResponse(delivery, { status: created ? 201 : 200 });
});
