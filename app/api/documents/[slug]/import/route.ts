import { importXliffOperation } from '@/lib/api/interchange';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { importXliff } from '@/lib/server/interchange/import-xliff';
import { decodeXmlBytes } from '@/lib/xml/decode-xml-bytes';

export const POST = handle(importXliffOperation, async ({ actor, params: { slug }, query: { lang, dryRun }, body }) =>
  jsonResponse(await importXliff({ slug, lang, xml: decodeXmlBytes(body), dryRun, actor })),
);
