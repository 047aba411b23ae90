import { acceptInvitationOperation } from '@/lib/api/people';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { acceptInvitation } from '@/lib/server/people/accept-invitation';

export const POST = handle(acceptInvitationOperation, async ({ params, body }) =>
  jsonResponse(await acceptInvitation({ token: params.token, name: body.name, password: body.password })),
);
