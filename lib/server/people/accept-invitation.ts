import 'server-only';
// The invited person sets their name and password with their link. It works once: a second use,
// an expired or replaced link, or a deactivated person changes nothing.
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { AppError } from '../../app-error';
import { getDb } from '../db';
import { writeTransaction } from '../write-transaction';
import { findInvitation, type InvitationState } from './find-invitation';
import { checkPassword, cleanName } from './person-input';

export async function acceptInvitation({ token, name, password, now = new Date() }: { token: string; name: string; password: string; now?: Date }): Promise<{ email: string }> {
  const cleanedName = cleanName(name);
  checkPassword(password);
  refuseUnlessValid(await findInvitation({ token, now }));
  // scrypt takes a while: outside the transaction, which then only checks again and writes.
  const hash = await hashPassword(password);
  return writeTransaction(getDb(), async (tx) => {
    const invitation = await findInvitation({ token, now }, tx);
    refuseUnlessValid(invitation);
    // Claims the link: of two uses at once only one finds it unused (PostgreSQL waits on the
    // row and reads it again; SQLite runs one writer at a time).
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.invitationId, usedAt: null, replacedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) refuseUnlessValid({ state: 'used', expiresAt: invitation.expiresAt });
    await tx.account.create({ data: { id: randomUUID(), accountId: invitation.userId, providerId: 'credential', userId: invitation.userId, password: hash } });
    await tx.user.update({ where: { id: invitation.userId }, data: { name: cleanedName } });
    return { email: invitation.email };
  });
}

function refuseUnlessValid(invitation: InvitationState): asserts invitation is Extract<InvitationState, { state: 'valid' }> {
  switch (invitation.state) {
    case 'valid':
      return;
    case 'unknown':
      throw new AppError('not_found', { message: 'This invitation link does not exist. Check that it was copied whole.' });
    case 'replaced':
      throw new AppError('not_found', { message: 'This invitation link was replaced by a newer one. Use the newest link your admin sent.' });
    case 'used':
      throw new AppError('conflict', { message: 'This invitation link has been used already. Sign in with your email and password.' });
    case 'expired':
      throw new AppError('conflict', { message: 'This invitation link has expired. Ask your admin for a new one.' });
    case 'deactivated':
      throw new AppError('forbidden', { message: 'This account has been deactivated. Ask an admin of your newsroom.' });
  }
}
