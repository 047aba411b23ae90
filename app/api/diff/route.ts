import { getVersionDiffOperation } from '@/lib/api/versions';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { getVersionDiff } from '@/lib/server/translations/get-version-diff';

export const GET = handle(getVersionDiffOperation, async ({ actor, query: { from, to } }) => jsonResponse(await getVersionDiff({ from, to, actor })));
