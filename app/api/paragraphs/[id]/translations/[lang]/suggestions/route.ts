import { apiRoute, jsonResponse } from '@/lib/server/http';
import { suggestTranslations } from '@/lib/server/memory/suggest-translations';
import { requireActor } from '@/lib/server/session';

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string; lang: string }> }) => {
  const actor = await requireActor();
  const { id, lang } = await params;
  return jsonResponse(await suggestTranslations({ paragraphId: id, lang, actor }));
});
