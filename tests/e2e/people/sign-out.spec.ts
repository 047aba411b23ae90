// Signing out ends the session at once: the cookie a browser held before is refused on the next
// call, although its signed session-data part is still within its minute.
import { request as playwrightRequest } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from '../fixtures';

test('after sign-out the old session cookie is refused with 401 at once', async ({ baseURL }) => {
  const api = await playwrightRequest.newContext({ baseURL });
  const signIn = await api.post('/api/auth/sign-in/email', { data: { email: 'translator.fr@example.com', password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  // Read once, so that the session-data cookie is set as a browser would hold it.
  expect((await api.get('/api/documents')).status()).toBe(200);
  const cookies = (await api.storageState()).cookies;
  expect(cookies.map((cookie) => cookie.name).some((name) => name.endsWith('session_data'))).toBe(true);
  const oldCookie = cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');

  // better-auth asks a cookie-carrying sign-out for its Origin, as a browser sends it.
  expect((await api.post('/api/auth/sign-out', { data: {}, headers: { origin: baseURL! } })).status()).toBe(200);

  const stranger = await playwrightRequest.newContext({ baseURL });
  const after = await stranger.get('/api/documents', { headers: { cookie: oldCookie } });
  expect(after.status()).toBe(401);
  expect(await after.json()).toMatchObject({ error: 'not_signed_in' });
  await api.dispose();
  await stranger.dispose();
});
