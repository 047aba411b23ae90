import { exportDocumentOperation } from '@/lib/api/interchange';
import { handle } from '@/lib/server/api-handler';
import { exportEditionText } from '@/lib/server/interchange/export-edition-text';
import { exportI18next } from '@/lib/server/interchange/export-i18next';
import { exportXliff } from '@/lib/server/interchange/export-xliff';

export const GET = handle(exportDocumentOperation, async ({ actor, params: { slug }, query: { lang, format, edition } }) => {
  const file =
    format === 'xliff' || format === 'xliff12'
      ? await exportXliff({ slug, lang, actor, version: format === 'xliff12' ? '1.2' : '2.0' })
      : format === 'i18next'
        ? await exportI18next({ slug, lang, actor })
        : await exportEditionText({ slug, lang, format, edition, actor });
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
    },
  });
});
