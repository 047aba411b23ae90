import { createDocumentOperation, listDocumentsOperation } from '@/lib/api/documents';
import { handle } from '@/lib/server/api-handler';
import { createDocument } from '@/lib/server/documents/create-document';
import { documentSummaryJson, listDocuments } from '@/lib/server/documents/list-documents';
import { jsonResponse } from '@/lib/server/http';
import { pagingHeaders } from '@/lib/server/paging-headers';

export const GET = handle(listDocumentsOperation, async ({ actor, query, request }) => {
  const list = await listDocuments({ actor, filters: query });
  return jsonResponse(list.documents.map(documentSummaryJson), { headers: pagingHeaders(request.url, list) });
});

export const POST = handle(createDocumentOperation, async ({ actor, query, body }) => {
  const created = await createDocument({ input: body, actor, dryRun: query.dryRun });
  return jsonResponse(created, { status: query.dryRun ? 200 : 201 });
});
