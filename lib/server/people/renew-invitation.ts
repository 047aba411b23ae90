import 'server-only';
// An admin makes a new link for a person who has not set a password yet (the first was lost or
// expired); the earlier link stops working.
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { requireUserManager } from '../access';
import { getDb } from '../db';
import { writeTransaction } from '../write-transaction';
import { invitationUrl, issueInvitation } from './invitation-link';

export async function renewInvitation({ userId, origin, actor }: { userId: string; origin: string; actor: Actor }) {
  requireUserManager(actor);
  const { token, expiresAt } = await writeTransaction(getDb(), async (tx) => {
    const person = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, deactivatedAt: true, accounts: { where: { providerId: 'credential' }, select: { id: true }, take: 1 } },
    });
    if (!person) throw new AppError('not_found', { message: 'There is no such person.' });
    if (person.deactivatedAt) throw new AppError('conflict', { message: `${person.email} is deactivated: reactivate them first.` });
    if (person.accounts.length) throw new AppError('conflict', { message: `${person.email} has set a password already: they sign in with it.` });
    return issueInvitation(tx, { userId, createdById: actor.id });
  });
  return { id: userId, inviteUrl: invitationUrl(origin, token), expiresAt: expiresAt.toISOString() };
}
