import { exportMemoryOperation } from '@/lib/api/memory';
import { handle } from '@/lib/server/api-handler';
import { exportTmx } from '@/lib/server/memory/export-tmx';

export const GET = handle(exportMemoryOperation, async ({ actor, query: { lang } }) => {
  const file = await exportTmx({ lang, actor });
  return new Response(file.body, {
    headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' },
  });
});
