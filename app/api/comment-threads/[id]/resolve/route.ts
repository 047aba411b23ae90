import { resolveCommentThreadOperation } from '@/lib/api/comments';
import { handle } from '@/lib/server/api-handler';
import { resolveCommentThread } from '@/lib/server/comments/resolve-comment-thread';
import { jsonResponse } from '@/lib/server/http';

export const POST = handle(resolveCommentThreadOperation, async ({ actor, params: { id } }) => jsonResponse(await resolveCommentThread({ threadId: id, actor })));
