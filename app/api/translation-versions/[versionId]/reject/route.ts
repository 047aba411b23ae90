import { rejectVersionOperation } from '@/lib/api/reviews';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { reviewTranslationVersion } from '@/lib/server/reviews/review-translation-version';

export const POST = handle(rejectVersionOperation, async ({ actor, params: { versionId }, body: { comment } }) => {
  const result = await reviewTranslationVersion({ versionId, decision: 'rejected', comment, actor });
  return jsonResponse(result.review, { status: result.created ? 201 : 200 });
});
