import 'server-only';
// Authentication with better-auth: email and password, scrypt-hashed passwords, sessions in the
// database. Accounts are created by the seed or an admin; nobody signs themselves up.
import { betterAuth } from 'better-auth';
import { APIError } from 'better-auth/api';
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
      // The signed session-data cookie spares better-auth its two reads of the session and the
      // person. It is not trusted on its own: every request reads the person's row anyway (role,
      // languages), and that one statement also checks that the session row still exists and the
      // person is active (lib/server/session.ts), so signing out, a deactivation or revoked
      // sessions end a session at once, not after the cache's minute.
      cookieCache: { enabled: true, maxAge: 60 },
    },
    databaseHooks: {
      session: {
        create: {
          // After the password was checked, before a session exists: a deactivated person is
          // refused with a message that says so (a wrong password still hears only "wrong").
          // The same statement records the sign-in for the admins' list of people.
          before: async (session) => {
            const signedIn = await getDb().user.updateMany({ where: { id: session.userId, deactivatedAt: null }, data: { lastSignInAt: new Date() } });
            if (signedIn.count === 0) {
              throw new APIError('FORBIDDEN', { code: 'ACCOUNT_DEACTIVATED', message: 'This account has been deactivated. Ask an admin of your newsroom.' });
            }
          },
        },
      },
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
