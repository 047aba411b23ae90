import { revokeApiTokenOperation } from '@/lib/api/tokens';
import { handle } from '@/lib/server/api-handler';
import { revokeApiToken } from '@/lib/server/tokens/revoke-api-token';

export const DELETE = handle(revokeApiTokenOperation, async ({ actor, params }) => {
  await revokeApiToken({ tokenId: params.id, actor });
  return new Response(null, { status: 204 });
});
