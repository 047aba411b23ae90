import { invitePersonOperation, listPeopleOperation } from '@/lib/api/people';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse, requestOrigin } from '@/lib/server/http';
import { invitePerson } from '@/lib/server/people/invite-person';
import { listPeople } from '@/lib/server/people/list-people';

export const GET = handle(listPeopleOperation, async ({ actor }) => jsonResponse(await listPeople({ actor })));

export const POST = handle(invitePersonOperation, async ({ request, actor, body }) =>
  jsonResponse(await invitePerson({ person: body, origin: requestOrigin(request), actor }), { status: 201 }),
);
