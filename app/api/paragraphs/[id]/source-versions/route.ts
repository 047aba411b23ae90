import { z } from 'zod';
import { apiRoute, jsonResponse, readJson } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';
import { updateSourceText } from '@/lib/server/sources/update-source-text';

const body = z.strictObject({ text: z.string(), baseVersionId: z.string().min(1).max(64) });

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor();
  const { id } = await params;
  const result = await updateSourceText({ paragraphId: id, ...(await readJson(request, body, 256 * 1024)), actor });
  return jsonResponse(result.version, { status: result.created ? 201 : 200 });
});
