import { addCommentOperation, listCommentThreadsOperation } from '@/lib/api/comments';
import { handle } from '@/lib/server/api-handler';
import { addComment } from '@/lib/server/comments/add-comment';
import { listCommentThreads } from '@/lib/server/comments/list-comment-threads';
import { jsonResponse } from '@/lib/server/http';

export const GET = handle(listCommentThreadsOperation, async ({ actor, params: { id, lang } }) =>
  jsonResponse(await listCommentThreads({ paragraphId: id, lang, actor })),
);

export const POST = handle(addCommentOperation, async ({ actor, params: { id, lang }, body }) =>
  jsonResponse(await addComment({ paragraphId: id, lang, text: body.text, threadId: body.threadId ?? null, actor }), { status: 201 }),
);
