import { AppError } from '@/lib/app-error';
import { documentTranslationJson } from '@/lib/api-json';
import { getDocumentTranslation } from '@/lib/server/documents/get-document-translation';
import { apiRoute, jsonResponse } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await requireActor();
  const { slug } = await params;
  const lang = new URL(request.url).searchParams.get('lang');
  if (!lang) throw new AppError('invalid_input', { message: 'Add ?lang= with a language code, such as ?lang=de.' });
  return jsonResponse(documentTranslationJson(await getDocumentTranslation({ slug, lang, actor })));
});
