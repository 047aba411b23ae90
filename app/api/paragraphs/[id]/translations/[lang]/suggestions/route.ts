import { suggestTranslationsOperation } from '@/lib/api/memory';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { suggestTranslations } from '@/lib/server/memory/suggest-translations';

export const GET = handle(suggestTranslationsOperation, async ({ actor, params: { id, lang } }) =>
  jsonResponse(await suggestTranslations({ paragraphId: id, lang, actor })),
);
