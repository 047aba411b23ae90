import { listTranslationVersionsOperation, saveTranslationVersionOperation } from '@/lib/api/versions';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { listTranslationVersions } from '@/lib/server/translations/list-translation-versions';
import { saveTranslationVersion } from '@/lib/server/translations/save-translation-version';

export const GET = handle(listTranslationVersionsOperation, async ({ actor, params: { id, lang } }) =>
  jsonResponse(await listTranslationVersions({ paragraphId: id, lang, actor })),
);

export const POST = handle(saveTranslationVersionOperation, async ({ actor, params: { id, lang }, body }) => {
  const result = await saveTranslationVersion({ paragraphId: id, lang, ...body, actor });
  return jsonResponse(result.version, { status: result.created ? 201 : 200 });
});
