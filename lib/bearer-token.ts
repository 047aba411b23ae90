// What an `Authorization` header says: no bearer token, a token of Redline's shape, or something
// malformed. Pure, so the server's token check and its tests share one reading.

/** Redline's API tokens: `rl_` and 32 random bytes in base64url (43 characters). */
export const API_TOKEN_PREFIX = 'rl_';
const TOKEN_SHAPE = /^rl_[A-Za-z0-9_-]{43}$/;

export type BearerHeader = { kind: 'none' } | { kind: 'malformed' } | { kind: 'token'; token: string };

/**
 * Reads `Authorization: Bearer <token>` (the scheme is case-insensitive, RFC 9110). A Bearer
 * header without a token of Redline's shape is malformed: the caller meant a token, so it hears
 * 401 and never falls back to a browser's cookie. Other schemes are not Redline's (a proxy's
 * Basic authentication passes its header on to the app) and count as no token.
 */
export function readBearerHeader(authorization: string | null): BearerHeader {
  if (authorization === null || !/^\s*Bearer(\s|$)/i.test(authorization)) return { kind: 'none' };
  const match = /^\s*Bearer +(\S+) *$/i.exec(authorization);
  if (!match || !TOKEN_SHAPE.test(match[1])) return { kind: 'malformed' };
  return { kind: 'token', token: match[1] };
}

export function isApiTokenShape(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
