import { exportGlossaryOperation } from '@/lib/api/glossary';
import { handle } from '@/lib/server/api-handler';
import { exportGlossary } from '@/lib/server/glossary/export-glossary';

export const GET = handle(exportGlossaryOperation, async ({ actor, query: { lang, format } }) => {
  const file = await exportGlossary({ lang, format, actor });
  return new Response(file.body, {
    headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' },
  });
});
