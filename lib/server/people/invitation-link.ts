import 'server-only';
// One-time invitation links: a random token in the URL, its SHA-256 in the database, 7 days.
import type { Tx } from '../db';
import { newSecretToken } from '../secret-token';

export const INVITATION_DAYS = 7;

export function invitationUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/invite/${token}`;
}

/**
 * A new link for `userId`; the person's earlier links that were not used stop working (an admin
 * makes a new one when the first was lost or expired, and only the newest should open).
 */
export async function issueInvitation(tx: Tx, { userId, createdById, now = new Date() }: { userId: string; createdById: string | null; now?: Date }) {
  await tx.invitation.updateMany({ where: { userId, usedAt: null, replacedAt: null }, data: { replacedAt: now } });
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await tx.invitation.create({ data: { userId, tokenHash: hash, expiresAt, createdById, createdAt: now } });
  return { token, expiresAt };
}
