import 'server-only';
// A person makes a named API token for themselves. The token is answered once; only its SHA-256
// is stored (lib/server/secret-token.ts says why SHA-256 suffices).
import { AppError } from '../../app-error';
import { API_TOKEN_PREFIX } from '../../bearer-token';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { newSecretToken } from '../secret-token';

/** Enough for every script and CMS a person runs; a bound on what a runaway script can make. */
export const MAX_TOKENS_PER_PERSON = 100;

export async function createApiToken({ name, actor }: { name: string; actor: Actor }) {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new AppError('invalid_input', { message: 'name: Give the token a name that says where it is used (“CMS export”).' });
  if (clean.length > 100) throw new AppError('invalid_input', { message: 'name: At most 100 characters.' });
  const db = getDb();
  if ((await db.apiToken.count({ where: { userId: actor.id } })) >= MAX_TOKENS_PER_PERSON) {
    throw new AppError('conflict', { message: `You have ${MAX_TOKENS_PER_PERSON} tokens: revoke one you no longer use first.` });
  }
  const { token, hash } = newSecretToken(API_TOKEN_PREFIX);
  const row = await db.apiToken.create({ data: { userId: actor.id, name: clean, tokenHash: hash }, select: { id: true, name: true, createdAt: true } });
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), token };
}
