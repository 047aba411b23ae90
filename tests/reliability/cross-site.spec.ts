// Cross-site requests are refused: every mutating API route and better-auth's endpoints answer
// 403 to a request whose Origin is another site (or "null"), and nothing changes. Checked once
// at the HTTP level and once in Chromium, from a page of another origin on the same machine
// (same site, so the SameSite=Lax cookie IS sent: only the Origin check stands in the way).
// Server actions: the app has none (every mutation goes through app/api route handlers), which
// this suite checks by scanning the sources for 'use server', and a forged Next-Action POST to a
// page is refused without a change.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { call, freePort, signIn } from '../../scripts/bench/app-server';
import { fingerprint, makeDocument, shared } from './support';

const FOREIGN = ['http://evil.example', 'null', 'http://127.0.0.1.evil.example', 'https://127.0.0.1'];

async function routes(url: string, databaseFile: string) {
  const doc = await makeDocument(databaseFile, ['Cross-site headline', 'A body paragraph.']);
  const editor = await signIn(url, 'editor@example.com');
  const p = doc.paragraphs[1];
  const v = (await editor.request('POST', `/api/paragraphs/${p.id}/translations/de/versions`, { text: 'Ein Absatz.', baseVersionId: null })).json;
  const thread = (await editor.request('POST', `/api/paragraphs/${p.id}/translations/de/comments`, { text: 'Note.' })).json;
  const term = (await editor.request('POST', '/api/glossary', { targetLang: 'de', source: `Cross-${doc.slug}`, target: 'Quer' })).json;
  const xliff = (await editor.request('GET', `/api/documents/${doc.slug}/export?lang=de&format=xliff`)).text;
  // Valid requests: each would succeed from the app's own origin.
  const list: Array<{ method: string; path: string; body?: unknown }> = [
    { method: 'POST', path: `/api/paragraphs/${p.id}/translations/de/versions`, body: { text: 'Gefälscht.', baseVersionId: v.versionId } },
    { method: 'POST', path: `/api/paragraphs/${p.id}/source-versions`, body: { text: 'Forged.', baseVersionId: p.sourceVersionId } },
    { method: 'POST', path: `/api/translation-versions/${v.versionId}/approve`, body: {} },
    { method: 'POST', path: `/api/translation-versions/${v.versionId}/reject`, body: { comment: 'Forged.' } },
    { method: 'POST', path: `/api/paragraphs/${p.id}/translations/de/comments`, body: { text: 'Forged.' } },
    { method: 'POST', path: `/api/comment-threads/${thread.id}/resolve` },
    { method: 'POST', path: '/api/glossary', body: { targetLang: 'de', source: `Forged-${doc.slug}`, target: 'x' } },
    { method: 'PATCH', path: `/api/glossary/${term.id}`, body: { source: `Cross-${doc.slug}`, target: 'Forged' } },
    { method: 'DELETE', path: `/api/glossary/${term.id}` },
    { method: 'POST', path: `/api/documents/${doc.slug}/editions?lang=de` },
    { method: 'POST', path: `/api/documents/${doc.slug}/import?lang=de`, body: xliff.replace('Ein Absatz.', 'Gefälscht.') },
    { method: 'POST', path: '/api/tokens', body: { name: 'Forged' } },
  ];
  return { editor, list, doc };
}

test('the API refuses requests from another origin, and nothing changes', async () => {
  const { url, databaseFile } = shared();
  const { editor, list } = await routes(url, databaseFile);
  for (const route of list) {
    for (const origin of FOREIGN) {
      const before = fingerprint(databaseFile);
      const headers: Record<string, string> = { origin };
      if (route.path.includes('/import')) headers['content-type'] = 'application/xliff+xml';
      const response = await editor.request(route.method, route.path, route.body, headers);
      expect(response.status, `${route.method} ${route.path} from ${origin}: ${response.text}`).toBe(403);
      expect(fingerprint(databaseFile), `${route.method} ${route.path} from ${origin}`).toBe(before);
    }
  }
  // better-auth: signing in and out from another site is refused too.
  for (const origin of FOREIGN) {
    const signInResponse = await call(url, '', 'POST', '/api/auth/sign-in/email', { email: 'editor@example.com', password: 'redline-demo' }, { origin });
    expect(signInResponse.status, origin).toBe(403);
    const signOut = await call(url, editor.cookie, 'POST', '/api/auth/sign-out', {}, { origin });
    expect(signOut.status, origin).toBe(403);
  }
  // The session still works: the forged sign-out did nothing.
  expect((await editor.request('GET', '/api/documents')).status).toBe(200);
  // And the same requests from the app's own origin are accepted (the refusals above are not a
  // refusal of everything).
  const own = await editor.request('POST', list[0].path, list[0].body, { origin: url });
  expect(own.status).toBe(201);
});

test('bearer calls skip the Origin check, so a cookie sent beside a Bearer header counts for nothing', async () => {
  const { url, databaseFile } = shared();
  const { editor, list } = await routes(url, databaseFile);
  for (const authorization of ['Bearer forged', `Bearer rl_${'A'.repeat(43)}`, 'Bearer']) {
    for (const route of list) {
      const before = fingerprint(databaseFile);
      const headers: Record<string, string> = { origin: 'http://evil.example', authorization };
      if (route.path.includes('/import')) headers['content-type'] = 'application/xliff+xml';
      const response = await editor.request(route.method, route.path, route.body, headers);
      expect(response.status, `${route.method} ${route.path} with ${authorization}: ${response.text}`).toBe(401);
      expect(response.json).toMatchObject({ error: 'not_signed_in' });
      expect(fingerprint(databaseFile), `${route.method} ${route.path}`).toBe(before);
    }
  }
});

test('a page of another origin in Chromium cannot post with the signed-in cookie', async ({ page }) => {
  const { url, databaseFile } = shared();
  const { list } = await routes(url, databaseFile);
  const signedIn = await page.request.post(`${url}/api/auth/sign-in/email`, {
    data: { email: 'editor@example.com', password: 'redline-demo' },
    headers: { origin: url },
  });
  expect(signedIn.status()).toBe(200);

  const attackerPort = await freePort();
  const forms = list
    .filter((route) => route.method === 'POST')
    .map(
      (route, i) =>
        `<form id="f${i}" method="POST" action="${url}${route.path}" enctype="text/plain" target="sink${i}">` +
        `<input name='${JSON.stringify(route.body ?? {}).slice(0, -1)}, "x":"' value='"}'></form><iframe name="sink${i}"></iframe>`,
    )
    .join('\n');
  const attacker = http.createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(`<!doctype html><html><body>${forms}<script>
      window.results = [];
      const routes = ${JSON.stringify(list.map((route) => ({ ...route, url: url + route.path })))};
      window.attack = async () => {
        for (const route of routes) {
          try {
            await fetch(route.url, { method: route.method, credentials: 'include', mode: 'no-cors',
              headers: { 'content-type': 'text/plain' }, body: route.body === undefined ? undefined : JSON.stringify(route.body) });
            window.results.push('sent');
          } catch (error) { window.results.push(String(error)); }
        }
        for (const form of document.forms) form.submit();
      };
    </script></body></html>`);
  });
  await new Promise<void>((resolve) => attacker.listen(attackerPort, '127.0.0.1', resolve));
  try {
    const before = fingerprint(databaseFile);
    const apiResponses: number[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(`${url}/api/`)) apiResponses.push(response.status());
    });
    await page.goto(`http://127.0.0.1:${attackerPort}/`);
    await page.evaluate(() => (window as unknown as { attack: () => Promise<void> }).attack());
    // Wait for the browser to have sent the forged requests, then for the network to settle.
    await expect.poll(() => apiResponses.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(fingerprint(databaseFile)).toBe(before);
    // The browser did send them (and the server refused what it could see).
    expect(apiResponses.length).toBeGreaterThan(0);
    expect(apiResponses.filter((status) => status < 400)).toEqual([]);
  } finally {
    attacker.close();
  }
});

test('server actions: the app has none, and a forged Next-Action POST changes nothing', async () => {
  const { url, databaseFile } = shared();
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const withDirective: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (name === 'generated' || name === 'node_modules') continue;
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(ts|tsx)$/.test(name) && /^\s*['"]use server['"]/m.test(readFileSync(file, 'utf8'))) withDirective.push(file);
    }
  };
  for (const dir of ['app', 'components', 'lib']) walk(path.join(root, dir));
  expect(withDirective).toEqual([]);

  const editor = await signIn(url, 'editor@example.com');
  for (const origin of [url, 'http://evil.example']) {
    for (const target of ['/', '/documents/welt-trump-putin/de', '/glossary']) {
      const before = fingerprint(databaseFile);
      const response = await editor.request('POST', target, '["x"]', {
        origin,
        'next-action': '7f0123456789abcdef0123456789abcdef012345',
        'content-type': 'text/plain;charset=UTF-8',
      });
      expect(response.status, `${target} from ${origin}`).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(fingerprint(databaseFile)).toBe(before);
    }
  }
});
