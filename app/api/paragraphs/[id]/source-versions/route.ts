import { updateSourceTextOperation } from '@/lib/api/versions';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { updateSourceText } from '@/lib/server/sources/update-source-text';

export const POST = handle(updateSourceTextOperation, async ({ actor, params: { id }, body }) => {
  const result = await updateSourceText({ paragraphId: id, ...body, actor });
  return jsonResponse(result.version, { status: result.created ? 201 : 200 });
});
