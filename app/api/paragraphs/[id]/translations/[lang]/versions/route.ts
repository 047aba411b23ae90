import { z } from 'zod';
import { apiRoute, jsonResponse, readJson } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';
import { listTranslationVersions } from '@/lib/server/translations/list-translation-versions';
import { saveTranslationVersion } from '@/lib/server/translations/save-translation-version';

type Context = { params: Promise<{ id: string; lang: string }> };

const saveBody = z.strictObject({
  // The length limit (20,000 characters, 413) is checked by the service, after the body limit.
  text: z.string(),
  baseVersionId: z.string().min(1).max(64).nullable(),
  clear: z.boolean().optional(),
  revertOfVersionId: z.string().min(1).max(64).optional(),
});

export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { id, lang } = await params;
  return jsonResponse(await listTranslationVersions({ paragraphId: id, lang, actor }));
});

export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { id, lang } = await params;
  const body = await readJson(request, saveBody, 256 * 1024);
  const result = await saveTranslationVersion({ paragraphId: id, lang, ...body, actor });
  return jsonResponse(result.version, { status: result.created ? 201 : 200 });
});
