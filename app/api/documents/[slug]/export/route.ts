import { AppError } from '@/lib/app-error';
import { apiRoute } from '@/lib/server/http';
import { exportEditionText } from '@/lib/server/interchange/export-edition-text';
import { exportI18next } from '@/lib/server/interchange/export-i18next';
import { exportXliff } from '@/lib/server/interchange/export-xliff';
import { requireActor } from '@/lib/server/session';

type Context = { params: Promise<{ slug: string }> };

const EXPORT_FORMATS = ['xliff', 'i18next', 'text', 'markdown'] as const;

export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  const lang = query.get('lang');
  if (!lang) throw new AppError('invalid_input', { message: 'Add ?lang= with a language code, such as ?lang=de.' });
  const format = query.get('format');
  const edition = query.get('edition');
  if (edition !== null && !/^[1-9][0-9]{0,8}$/.test(edition)) {
    throw new AppError('invalid_input', { message: `&edition= takes an edition number (1, 2, …), not ${JSON.stringify(edition)}.` });
  }
  let file;
  switch (format) {
    case 'xliff':
      file = await exportXliff({ slug, lang, actor });
      break;
    case 'i18next':
      file = await exportI18next({ slug, lang, actor });
      break;
    case 'text':
    case 'markdown':
      file = await exportEditionText({ slug, lang, format, edition: edition === null ? undefined : Number(edition), actor });
      break;
    default:
      throw new AppError('invalid_input', {
        message: `Add &format= with one of ${EXPORT_FORMATS.join(', ')}${format === null ? '' : `; ${JSON.stringify(format)} is none of them`}.`,
      });
  }
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
    },
  });
});
