import { getDocumentTranslationOperation } from '@/lib/api/documents';
import { handle } from '@/lib/server/api-handler';
import { documentTranslationJson, getDocumentTranslation } from '@/lib/server/documents/get-document-translation';
import { jsonResponse } from '@/lib/server/http';

export const GET = handle(getDocumentTranslationOperation, async ({ actor, params, query }) =>
  jsonResponse(documentTranslationJson(await getDocumentTranslation({ slug: params.slug, lang: query.lang, actor }))),
);
