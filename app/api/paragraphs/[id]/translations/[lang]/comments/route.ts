import { z } from 'zod';
import { addComment } from '@/lib/server/comments/add-comment';
import { listCommentThreads } from '@/lib/server/comments/list-comment-threads';
import { apiRoute, jsonResponse, readJson } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';

type Context = { params: Promise<{ id: string; lang: string }> };

const BODY_LIMIT = 32 * 1024;

const commentBody = z.strictObject({
  // The comment limit (2,000 characters once trimmed, 413) is the service's; this bound only
  // repeats the body limit, which a longer string could not fit in anyway.
  text: z.string().max(BODY_LIMIT),
  threadId: z.string().min(1).max(64).nullable().optional(),
});

export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { id, lang } = await params;
  return jsonResponse(await listCommentThreads({ paragraphId: id, lang, actor }));
});

export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { id, lang } = await params;
  const body = await readJson(request, commentBody, BODY_LIMIT);
  const comment = await addComment({ paragraphId: id, lang, text: body.text, threadId: body.threadId ?? null, actor });
  return jsonResponse(comment, { status: 201 });
});
