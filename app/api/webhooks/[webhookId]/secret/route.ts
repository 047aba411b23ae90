import { rotateWebhookSecretOperation } from '@/lib/api/webhooks';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { rotateWebhookSecret } from '@/lib/server/webhooks/rotate-webhook-secret';

export const POST = handle(rotateWebhookSecretOperation, async ({ actor, params }) => jsonResponse(await rotateWebhookSecret({ id: params.webhookId, actor })));
