import { createApiTokenOperation, listApiTokensOperation } from '@/lib/api/tokens';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { createApiToken } from '@/lib/server/tokens/create-api-token';
import { listApiTokens } from '@/lib/server/tokens/list-api-tokens';

export const GET = handle(listApiTokensOperation, async ({ actor, query }) => jsonResponse(await listApiTokens({ userId: query.userId, actor })));

export const POST = handle(createApiTokenOperation, async ({ actor, body }) => jsonResponse(await createApiToken({ name: body.name, actor }), { status: 201 }));
