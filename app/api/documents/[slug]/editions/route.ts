import { AppError } from '@/lib/app-error';
import { listEditions } from '@/lib/server/editions/list-editions';
import { publishEdition } from '@/lib/server/editions/publish-edition';
import { apiRoute, jsonResponse } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';

type Context = { params: Promise<{ slug: string }> };

function requireLang(request: Request): string {
  const lang = new URL(request.url).searchParams.get('lang');
  if (!lang) throw new AppError('invalid_input', { message: 'Add ?lang= with a language code, such as ?lang=de.' });
  return lang;
}

export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { slug } = await params;
  return jsonResponse(await listEditions({ slug, lang: requireLang(request), actor }));
});

export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { slug } = await params;
  return jsonResponse(await publishEdition({ slug, lang: requireLang(request), actor }), { status: 201 });
});
