import 'server-only';
// Who is asking: the person behind the request's API token (`Authorization: Bearer`) or session
// cookie, as an Actor. Every API route and page asks here (requireActor, getActor).
import { cache } from 'react';
import { headers } from 'next/headers';
import { AppError } from '../app-error';
import { readBearerHeader } from '../bearer-token';
import { isRole, type Actor } from '../roles';
import { getAuth } from './auth';
import { actorFromRows, type ActorRow } from './actor-rows';
import { getDb } from './db';
import { actorForApiToken } from './tokens/actor-for-api-token';

export const getActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    throw new AppError('not_signed_in', { message: 'Sign in first.' });
  }
  return actor;
}

/**
 * The person a request's headers name. A Bearer token wins over a cookie sent with it: the
 * token is what the caller chose to send, while a browser attaches cookies by itself, and the
 * cross-site check is skipped for bearer calls (lib/server/http.ts), which is only safe when
 * the cookie then counts for nothing. An unknown or malformed token is no one, never the cookie.
 */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const bearer = readBearerHeader(requestHeaders.get('authorization'));
  if (bearer.kind === 'token') return actorForApiToken(bearer.token);
  if (bearer.kind === 'malformed') return null;
  // The signed session-data cookie lets better-auth answer without reading the session table;
  // whether the session still exists is checked below, with the person, in one statement.
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return loadSessionActor({ sessionId: session.session.id, userId: session.user.id });
}

/**
 * The person of a session that still exists and has not expired, if they are active: one
 * statement, on every request, so that signing out, a deactivation or a password change that
 * revokes sessions (all delete the session row, or mark the person) ends the session at once,
 * although better-auth trusts its signed session cookie for a minute.
 */
export async function loadSessionActor({ sessionId, userId }: { sessionId: string; userId: string }): Promise<Actor | null> {
  const rows = await getDb().$queryRaw<Array<ActorRow & { expiresAt: Date | string }>>`
    SELECT u."id", u."name", u."email", u."role", s."expiresAt", l."languageCode"
    FROM "session" s
    JOIN "user" u ON u."id" = s."userId"
    LEFT JOIN "UserLanguage" l ON l."userId" = u."id"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND u."deactivatedAt" IS NULL
    ORDER BY l."languageCode"`;
  if (rows.length === 0 || new Date(rows[0].expiresAt).getTime() <= Date.now()) return null;
  return actorFromRows(rows);
}

/** A person by id, whether or not they have a session: for scripts and tests acting as someone. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, languages: { select: { languageCode: true } } },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: isRole(user.role) ? user.role : 'reader',
    languages: user.languages.map((language) => language.languageCode),
  };
}
