import { createGlossaryTermOperation, listGlossaryTermsOperation } from '@/lib/api/glossary';
import { handle } from '@/lib/server/api-handler';
import { createGlossaryTerm } from '@/lib/server/glossary/create-glossary-term';
import { listGlossaryTerms } from '@/lib/server/glossary/list-glossary-terms';
import { jsonResponse } from '@/lib/server/http';

export const GET = handle(listGlossaryTermsOperation, async ({ actor, query }) =>
  jsonResponse(await listGlossaryTerms({ targetLang: query.lang, actor })),
);

export const POST = handle(createGlossaryTermOperation, async ({ actor, body: { targetLang, ...term } }) =>
  jsonResponse(await createGlossaryTerm({ targetLang, term, actor }), { status: 201 }),
);
