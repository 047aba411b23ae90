'use client';
// Signing in and out from the browser: two POSTs to better-auth's own endpoints
// (lib/server/auth.ts serves them under /api/auth), which set and clear the session cookie.
// better-auth's browser client did the same with 12 KB of gzipped JavaScript on every page
// (bench/results.md); these forms need nothing else of it.

/** Why a sign-in was refused: the HTTP status (0 when the server was not reached) and better-auth's code. */
export type SignInRefusal = { status: number; code: string | null };

async function post(path: string, body: object): Promise<Response> {
  return fetch(`/api/auth/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
}

/** Signs in with e-mail and password; null when the session cookie is set. */
export async function signInWithEmail(email: string, password: string): Promise<SignInRefusal | null> {
  let response: Response;
  try {
    response = await post('sign-in/email', { email, password });
  } catch {
    return { status: 0, code: null };
  }
  if (response.ok) return null;
  const body: unknown = await response.json().catch(() => null);
  const code = body && typeof body === 'object' && 'code' in body && typeof body.code === 'string' ? body.code : null;
  return { status: response.status, code };
}

/** Ends this browser's session (the server deletes it and clears the cookie). */
export async function signOut(): Promise<void> {
  await post('sign-out', {});
}
