import { resolveCommentThread } from '@/lib/server/comments/resolve-comment-thread';
import { apiRoute, jsonResponse } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { id } = await params;
  return jsonResponse(await resolveCommentThread({ threadId: id, actor }));
});
