// The browser's calls to the people API: inviting, changing a person, a new invitation link, and
// setting one's password through an invitation.
import type { Invitation, InvitationAcceptance, NewPerson, Person, PersonChanges } from '../api/people';
import { callApi, postJson, type ApiResult } from './api-call';

const person = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export function invitePersonCall(input: NewPerson): Promise<ApiResult<Invitation>> {
  return postJson('/api/users', input);
}

export function updatePersonCall(id: string, changes: PersonChanges): Promise<ApiResult<Person>> {
  return callApi(person(id), { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(changes) });
}

export function renewInvitationCall(id: string): Promise<ApiResult<Invitation>> {
  return postJson(`${person(id)}/invitation`, {});
}

export function acceptInvitationCall(token: string, input: InvitationAcceptance): Promise<ApiResult<{ email: string }>> {
  return postJson(`/api/invitations/${encodeURIComponent(token)}`, input);
}
