import { getOpenApiOperation } from '@/lib/api/description';
import { openApiDocument } from '@/lib/openapi';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';

// A description of the API, public like any API documentation: it holds no data.
export const GET = handle(getOpenApiOperation, async () => jsonResponse(openApiDocument));
