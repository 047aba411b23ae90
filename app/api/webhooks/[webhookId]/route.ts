import { deleteWebhookOperation, updateWebhookOperation } from '@/lib/api/webhooks';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { deleteWebhook } from '@/lib/server/webhooks/delete-webhook';
import { updateWebhook } from '@/lib/server/webhooks/update-webhook';

export const PATCH = handle(updateWebhookOperation, async ({ actor, params, body }) =>
  jsonResponse(await updateWebhook({ id: params.webhookId, changes: body, actor })),
);

export const DELETE = handle(deleteWebhookOperation, async ({ actor, params }) => {
  await deleteWebhook({ id: params.webhookId, actor });
  return new Response(null, { status: 204 });
});
