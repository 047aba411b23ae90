import { documentSummaryJson } from '@/lib/api-json';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { apiRoute, jsonResponse } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';

export const GET = apiRoute(async () => {
  const actor = await requireActor();
  const documents = await listDocuments({ actor });
  return jsonResponse(documents.map(documentSummaryJson));
});
