import { z } from 'zod';
import { apiRoute, jsonResponse, readJson } from '@/lib/server/http';
import { reviewTranslationVersion } from '@/lib/server/reviews/review-translation-version';
import { requireActor } from '@/lib/server/session';

const body = z.strictObject({ comment: z.string().max(10_000) });

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ versionId: string }> }) => {
  const actor = await requireActor();
  const { versionId } = await params;
  const { comment } = await readJson(request, body);
  const result = await reviewTranslationVersion({ versionId, decision: 'rejected', comment, actor });
  return jsonResponse(result.review, { status: result.created ? 201 : 200 });
});
