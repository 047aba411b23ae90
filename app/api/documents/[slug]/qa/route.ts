import { AppError } from '@/lib/app-error';
import { apiRoute, jsonResponse } from '@/lib/server/http';
import { listDocumentChecks } from '@/lib/server/qa/list-document-checks';
import { requireActor } from '@/lib/server/session';

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await requireActor();
  const { slug } = await params;
  const lang = new URL(request.url).searchParams.get('lang');
  if (!lang) throw new AppError('invalid_input', { message: 'Add ?lang= with a language code, such as ?lang=de.' });
  return jsonResponse(await listDocumentChecks({ slug, lang, actor }));
});
