import { AppError } from '@/lib/app-error';
import { apiRoute, jsonResponse } from '@/lib/server/http';
import { searchMemory } from '@/lib/server/memory/search-memory';
import { requireActor } from '@/lib/server/session';

export const GET = apiRoute(async (request: Request) => {
  const actor = await requireActor();
  const query = new URL(request.url).searchParams;
  const lang = query.get('lang');
  if (!lang) throw new AppError('invalid_input', { message: 'Add ?lang= with a language code.' });
  return jsonResponse(await searchMemory({ lang, query: query.get('q') ?? '', actor }));
});
