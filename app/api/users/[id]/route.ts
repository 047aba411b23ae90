import { updatePersonOperation } from '@/lib/api/people';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { updatePerson } from '@/lib/server/people/update-person';

export const PATCH = handle(updatePersonOperation, async ({ actor, params, body }) =>
  jsonResponse(await updatePerson({ userId: params.id, changes: body, actor })),
);
