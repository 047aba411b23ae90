import { listWebhookDeliveriesOperation } from '@/lib/api/webhooks';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { listWebhookDeliveries } from '@/lib/server/webhooks/list-webhook-deliveries';

export const GET = handle(listWebhookDeliveriesOperation, async ({ actor, params, query }) =>
  jsonResponse(await listWebhookDeliveries({ webhookId: params.webhookId, limit: query.limit, actor })),
);
