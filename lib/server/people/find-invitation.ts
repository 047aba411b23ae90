import 'server-only';
// What an invitation link is worth, for its page: still valid (whose it is), or why not. Anyone
// with the link may ask; the token is the credential.
import { getDb, type Db, type Tx } from '../db';
import { hashSecretToken } from '../secret-token';

export type InvitationState =
  | { state: 'valid'; invitationId: string; userId: string; email: string; name: string; expiresAt: Date }
  | { state: 'used' | 'expired' | 'replaced' | 'deactivated'; expiresAt: Date }
  | { state: 'unknown' };

export async function findInvitation({ token, now = new Date() }: { token: string; now?: Date }, db: Db | Tx = getDb()): Promise<InvitationState> {
  // Links are 43 characters; anything much longer is not one (and is not worth hashing).
  if (token.length > 200) return { state: 'unknown' };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      id: true,
      expiresAt: true,
      usedAt: true,
      replacedAt: true,
      user: { select: { id: true, email: true, name: true, deactivatedAt: true, accounts: { where: { providerId: 'credential' }, select: { id: true }, take: 1 } } },
    },
  });
  if (!invitation) return { state: 'unknown' };
  const { expiresAt, user } = invitation;
  // A person who has a password (set with this link or, from the command line, otherwise) uses it.
  if (invitation.usedAt || user.accounts.length) return { state: 'used', expiresAt };
  if (invitation.replacedAt) return { state: 'replaced', expiresAt };
  if (user.deactivatedAt) return { state: 'deactivated', expiresAt };
  if (expiresAt <= now) return { state: 'expired', expiresAt };
  return { state: 'valid', invitationId: invitation.id, userId: user.id, email: user.email, name: user.name, expiresAt };
}
