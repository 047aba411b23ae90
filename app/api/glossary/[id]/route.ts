import { deleteGlossaryTermOperation, updateGlossaryTermOperation } from '@/lib/api/glossary';
import { handle } from '@/lib/server/api-handler';
import { deleteGlossaryTerm } from '@/lib/server/glossary/delete-glossary-term';
import { updateGlossaryTerm } from '@/lib/server/glossary/update-glossary-term';
import { jsonResponse } from '@/lib/server/http';

export const PATCH = handle(updateGlossaryTermOperation, async ({ actor, params, body }) =>
  jsonResponse(await updateGlossaryTerm({ id: params.id, term: body, actor })),
);

export const DELETE = handle(deleteGlossaryTermOperation, async ({ actor, params }) => {
  await deleteGlossaryTerm({ id: params.id, actor });
  return new Response(null, { status: 204 });
});
