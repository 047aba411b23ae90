import 'server-only';
// Authentication with better-auth: email and password, scrypt-hashed passwords, sessions in the
// database. Accounts are created by the seed or an admin; nobody signs themselves up.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { dbProvider, getDb } from './db';
import { authSecret, publicUrl, signInAttemptsPerMinute } from './env';

function createAuth() {
  return betterAuth({
    database: prismaAdapter(getDb(), { provider: dbProvider() }),
    secret: authSecret(),
    baseURL: publicUrl(),
    // Without a fixed public URL, the page's own host is trusted: the same rule as the API's
    // cross-site check (lib/server/http.ts). A deployment behind a proxy sets BETTER_AUTH_URL.
    trustedOrigins: (request) => {
      const host = request?.headers.get('x-forwarded-host') ?? request?.headers.get('host');
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    user: {
      additionalFields: { role: { type: 'string', input: false, defaultValue: 'reader' } },
    },
    rateLimit: {
      enabled: true,
      // With PostgreSQL there may be several app servers: counted in the database (the rateLimit
      // table), so they share one count per address instead of each allowing the full number.
      // SQLite means one server, whose memory is enough; a database write on every sign-in
      // there would only compete with saves for SQLite's single writer.
      storage: dbProvider() === 'postgresql' ? 'database' : 'memory',
      window: 60,
      max: 300,
      // Password guessing: a few attempts a minute per address (see signInAttemptsPerMinute).
      customRules: { '/sign-in/email': { window: 60, max: signInAttemptsPerMinute() } },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // Every request checks its session. The signed session-data cookie answers that without
      // two database reads; after a minute the session is read from the database again, so a
      // session revoked elsewhere (deleted from the table) stops working within a minute. Who the
      // person is and may do (role, languages) is read from the database on every request anyway
      // (lib/server/session.ts), and signing out removes both cookies at once.
      cookieCache: { enabled: true, maxAge: 60 },
    },
    advanced: {
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // Secure cookies only when the public URL is https: over plain http on a newsroom's LAN
      // address a browser would drop them and nobody could sign in.
      useSecureCookies: publicUrl()?.startsWith('https://') ?? false,
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const cache = globalThis as unknown as { redlineAuth?: Auth };

export function getAuth(): Auth {
  cache.redlineAuth ??= createAuth();
  return cache.redlineAuth;
}
