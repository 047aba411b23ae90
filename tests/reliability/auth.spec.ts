// Sign-in is rate limited per client address (REDLINE_SIGN_IN_PER_MINUTE, default 10 a minute),
// on a server started with the default; session cookies are HttpOnly and SameSite and invisible
// to page scripts.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { call, startApp, tempDir } from '../../scripts/bench/app-server';
import { DIST_DIR, shared } from './support';

test('sign-in: 10 attempts a minute per address, then 429 even with the right password', async () => {
  const dir = tempDir('ratelimit');
  const server = await startApp({ databaseFile: path.join(dir, 'limit.db'), distDir: DIST_DIR, reuseBuild: true, env: { REDLINE_SIGN_IN_PER_MINUTE: undefined } });
  try {
    const attempt = (password: string) =>
      call(server.url, '', 'POST', '/api/auth/sign-in/email', { email: 'editor@example.com', password }, { origin: server.url });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await attempt(`wrong-password-${i}`)).status);
    // The window is a minute; ten quick attempts all fall in it (this loop takes a second or two).
    expect(statuses).toEqual(Array(10).fill(401));
    const limited = await attempt('wrong-password-11');
    expect(limited.status).toBe(429);
    expect((await attempt('redline-demo')).status).toBe(429);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('session cookies are HttpOnly, SameSite and not readable by scripts', async ({ page }) => {
  const { url } = shared();
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'translator.de@example.com', password: 'redline-demo' }),
  });
  expect(response.status).toBe(200);
  const cookies = response.headers.getSetCookie();
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) {
    expect(cookie, cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie, cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    expect(cookie, cookie).toMatch(/;\s*Path=\//i);
  }
  expect(cookies.some((cookie) => /session_token=/.test(cookie))).toBe(true);

  // In the browser: signed in through the login form, the page's scripts see no session cookie.
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill('translator.de@example.com');
  await page.getByLabel('Password').fill('redline-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((target) => !target.pathname.startsWith('/login'));
  const stored = await page.context().cookies(url);
  const session = stored.filter((cookie) => cookie.name.includes('session'));
  expect(session.length).toBeGreaterThan(0);
  for (const cookie of session) {
    expect(cookie.httpOnly).toBe(true);
    expect(['Lax', 'Strict']).toContain(cookie.sameSite);
  }
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/session/);
});
