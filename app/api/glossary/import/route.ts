import { importGlossaryOperation } from '@/lib/api/glossary';
import { handle } from '@/lib/server/api-handler';
import { importGlossary } from '@/lib/server/glossary/import-glossary';
import { jsonResponse } from '@/lib/server/http';

export const POST = handle(importGlossaryOperation, async ({ actor, query: { lang, format, dryRun }, body }) =>
  jsonResponse(await importGlossary({ lang, format, bytes: body, dryRun, actor })),
);
