import 'server-only';
// Revoking deletes the token: the next call with it is a 401, on every app server at once.
import { AppError } from '../../app-error';
import { canRevokeApiToken, type Actor } from '../../roles';
import { getDb } from '../db';

export async function revokeApiToken({ tokenId, actor }: { tokenId: string; actor: Actor }): Promise<void> {
  const db = getDb();
  const token = await db.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true } });
  if (!token) throw new AppError('not_found', { message: 'There is no such token (it may be revoked already).' });
  if (!canRevokeApiToken(actor, token.userId)) {
    throw new AppError('forbidden', { message: `${actor.email} (${actor.role}) may not revoke another person’s token.`, userMessage: 'You can revoke only your own tokens.' });
  }
  await db.apiToken.deleteMany({ where: { id: tokenId } });
}
