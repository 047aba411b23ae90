import { AppError } from '@/lib/app-error';
import { apiRoute, jsonResponse } from '@/lib/server/http';
import { importXliff } from '@/lib/server/interchange/import-xliff';
import { readXliffBody } from '@/lib/server/interchange/read-xliff-body';
import { requireActor } from '@/lib/server/session';

type Context = { params: Promise<{ slug: string }> };

export const POST = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  const lang = query.get('lang');
  if (!lang) throw new AppError('invalid_input', { message: 'Add ?lang= with a language code, such as ?lang=de.' });
  const dryRun = query.get('dryRun');
  if (dryRun !== null && !['1', 'true', '0', 'false'].includes(dryRun)) {
    throw new AppError('invalid_input', { message: `&dryRun= is 1 (preview) or 0 (apply), not ${JSON.stringify(dryRun)}.` });
  }
  const xml = await readXliffBody(request);
  const report = await importXliff({ slug, lang, xml, dryRun: dryRun === '1' || dryRun === 'true', actor });
  return jsonResponse(report);
});
