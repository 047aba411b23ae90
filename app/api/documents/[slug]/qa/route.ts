import { listQualityChecksOperation } from '@/lib/api/qa';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { listDocumentChecks } from '@/lib/server/qa/list-document-checks';

export const GET = handle(listQualityChecksOperation, async ({ actor, params: { slug }, query: { lang } }) => jsonResponse(await listDocumentChecks({ slug, lang, actor })));
