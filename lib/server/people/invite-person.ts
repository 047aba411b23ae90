import 'server-only';
// An admin invites a person: the person exists at once (without a password) and the admin gets
// a one-time link to pass on.
import type { Actor } from '../../roles';
import { requireUserManager } from '../access';
import { getDb } from '../db';
import { createPerson, type NewPerson } from './create-person';
import { invitationUrl } from './invitation-link';

export async function invitePerson({ person, origin, actor }: { person: NewPerson; origin: string; actor: Actor }) {
  requireUserManager(actor);
  const created = await createPerson(getDb(), person, { invitedById: actor.id });
  const invitation = created.invitation!;
  return { id: created.id, inviteUrl: invitationUrl(origin, invitation.token), expiresAt: invitation.expiresAt.toISOString() };
}
