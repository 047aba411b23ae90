import 'server-only';
// The person behind an API token, with their role and languages as they are now: one statement
// on every bearer call, and a write of the token's last use at most once a minute.
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { hashSecretToken } from '../secret-token';
import { actorFromRows, type ActorRow } from '../actor-rows';

/** How stale a token's "last used" may be: a write per minute per token, not one per request. */
export const LAST_USE_RESOLUTION_MS = 60_000;

export async function actorForApiToken(token: string, now = new Date()): Promise<Actor | null> {
  const db = getDb();
  const rows = await db.$queryRaw<Array<ActorRow & { tokenId: string; lastUsedAt: Date | string | null }>>`
    SELECT t."id" AS "tokenId", t."lastUsedAt", u."id", u."name", u."email", u."role", l."languageCode"
    FROM "ApiToken" t
    JOIN "user" u ON u."id" = t."userId"
    LEFT JOIN "UserLanguage" l ON l."userId" = u."id"
    WHERE t."tokenHash" = ${hashSecretToken(token)} AND u."deactivatedAt" IS NULL
    ORDER BY l."languageCode"`;
  if (rows.length === 0) return null;
  const { tokenId, lastUsedAt } = rows[0];
  const cutoff = new Date(now.getTime() - LAST_USE_RESOLUTION_MS);
  if (lastUsedAt === null || new Date(lastUsedAt) < cutoff) {
    // Conditional, so that app servers answering the same token at once write it once.
    await db.apiToken
      .updateMany({ where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }] }, data: { lastUsedAt: now } })
      // "Last used" is a hint for the person; a busy database must not fail their call over it.
      .catch((error: unknown) => console.error('Could not record an API token’s last use:', error));
  }
  return actorFromRows(rows);
}
