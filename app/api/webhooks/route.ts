import { createWebhookOperation, listWebhooksOperation } from '@/lib/api/webhooks';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { createWebhook } from '@/lib/server/webhooks/create-webhook';
import { listWebhooks } from '@/lib/server/webhooks/list-webhooks';

export const GET = handle(listWebhooksOperation, async ({ actor }) => jsonResponse(await listWebhooks({ actor })));

export const POST = handle(createWebhookOperation, async ({ actor, body }) => jsonResponse(await createWebhook({ ...body, actor }), { status: 201 }));
