// Talking to better-auth in process, as a browser would over HTTP: for integration tests of
// sessions (sign in, sign out, change the password) without a server.
import { getAuth } from '../../lib/server/auth';

const HOST = 'redline.test';
export const TEST_ORIGIN = `http://${HOST}`;

/** better-auth signs cookies with this; lib/server/env.ts reads it when auth is first built. */
export function useTestAuthSecret() {
  process.env.BETTER_AUTH_SECRET ??= 'integration-tests-only-0123456789abcdef0123456789';
  process.env.REDLINE_SIGN_IN_PER_MINUTE ??= '10000';
}

/** A POST to /api/auth{path} from the app's own origin, with a session cookie when given. */
export function authPost(path: string, body: unknown, cookie?: string): Promise<Response> {
  return getAuth().handler(
    new Request(`${TEST_ORIGIN}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, host: HOST, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
}

/** The Cookie header a browser would send after this response (its Set-Cookie names and values). */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .filter((pair) => !pair.endsWith('='))
    .join('; ');
}

/** Signs in and answers the session's cookie header; fails the test unless it worked. */
export async function signInCookie(email: string, password: string): Promise<string> {
  const response = await authPost('/sign-in/email', { email, password });
  if (response.status !== 200) throw new Error(`sign-in as ${email}: ${response.status} ${await response.text()}`);
  return cookieFrom(response);
}
