import { renewInvitationOperation } from '@/lib/api/people';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse, requestOrigin } from '@/lib/server/http';
import { renewInvitation } from '@/lib/server/people/renew-invitation';

export const POST = handle(renewInvitationOperation, async ({ request, actor, params }) =>
  jsonResponse(await renewInvitation({ userId: params.id, origin: requestOrigin(request), actor }), { status: 201 }),
);
