import { updateDocumentSourceOperation } from '@/lib/api/document-source';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { updateDocumentSource } from '@/lib/server/sources/update-document-source';

export const PUT = handle(updateDocumentSourceOperation, async ({ actor, params, query, body: { format, content, baseRevision } }) =>
  jsonResponse(await updateDocumentSource({ slug: params.slug, article: { format, content }, baseRevision, dryRun: query.dryRun, actor })),
);
