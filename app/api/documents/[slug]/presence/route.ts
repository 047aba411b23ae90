import { announcePresenceOperation } from '@/lib/api/live';
import { handle } from '@/lib/server/api-handler';
import { announcePresence } from '@/lib/server/live/announce-presence';

export const POST = handle(announcePresenceOperation, async ({ actor, params: { slug }, body }) => {
  await announcePresence({ slug, ...body, actor });
  return new Response(null, { status: 204 });
});
