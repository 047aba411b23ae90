import { approveVersionOperation } from '@/lib/api/reviews';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { reviewTranslationVersion } from '@/lib/server/reviews/review-translation-version';

export const POST = handle(approveVersionOperation, async ({ actor, params: { versionId }, body }) => {
  const result = await reviewTranslationVersion({ versionId, decision: 'approved', comment: body?.comment, overrideReason: body?.overrideReason, actor });
  return jsonResponse(result.review, { status: result.created ? 201 : 200 });
});
