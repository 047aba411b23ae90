import { openApiDocument } from '@/lib/openapi';
import { apiRoute, jsonResponse } from '@/lib/server/http';

// A description of the API, public like any API documentation: it holds no data.
export const GET = apiRoute(async () => jsonResponse(openApiDocument));
