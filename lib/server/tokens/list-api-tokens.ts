import 'server-only';
// A person's API tokens (never the secrets): their own, or, for an admin, anyone's.
import type { ApiToken } from '../../api/tokens';
import type { Actor } from '../../roles';
import { requireUserManager } from '../access';
import { getDb } from '../db';

export async function listApiTokens({ userId, actor }: { userId?: string; actor: Actor }): Promise<ApiToken[]> {
  const owner = userId ?? actor.id;
  if (owner !== actor.id) requireUserManager(actor);
  const rows = await getDb().apiToken.findMany({
    where: { userId: owner },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null }));
}
