import { AppError } from '@/lib/app-error';
import { apiRoute, jsonResponse } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';
import { getVersionDiff } from '@/lib/server/translations/get-version-diff';

export const GET = apiRoute(async (request: Request) => {
  const actor = await requireActor();
  const query = new URL(request.url).searchParams;
  const from = query.get('from');
  const to = query.get('to');
  if (!from || !to) throw new AppError('invalid_input', { message: 'Give both ?from= and &to= version ids.' });
  return jsonResponse(await getVersionDiff({ from, to, actor }));
});
