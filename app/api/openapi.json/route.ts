import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/openapi';
import { apiRoute } from '@/lib/server/http';

// A description of the API, public like any API documentation: it holds no data.
export const GET = apiRoute(async () => NextResponse.json(openApiDocument));
