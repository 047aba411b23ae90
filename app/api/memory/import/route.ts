import { importMemoryOperation } from '@/lib/api/memory';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { importTmx } from '@/lib/server/memory/import-tmx';
import { decodeXmlBytes } from '@/lib/xml/decode-xml-bytes';

export const POST = handle(importMemoryOperation, async ({ actor, query: { name, dryRun }, body }) =>
  jsonResponse(await importTmx({ xml: decodeXmlBytes(body), name, dryRun, actor })),
);
