import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures';

async function client(baseURL: string, email?: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (email) {
    const response = await context.post('/api/auth/sign-in/email', { data: { email, password: 'redline-demo' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['set-cookie']).toMatch(/HttpOnly/i);
  }
  return context;
}

test('documents: list and one language, as in DESIGN.md', async ({ baseURL }) => {
  const api = await client(baseURL!, 'translator.fr@example.com');
  // The list is paged, newest first, and other tests add documents: search for the WELT story.
  const list = await (await api.get('/api/documents?q=Suddenly%20Trump&perPage=100')).json();
  const welt = list.find((d: { slug: string }) => d.slug === 'welt-trump-putin');
  expect(welt).toMatchObject({ title: 'Suddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side', sourceLang: 'en' });
  expect([...welt.languages].sort()).toEqual(['ar', 'de', 'fr', 'uk']);

  const de = await (await api.get('/api/documents/welt-trump-putin?lang=de')).json();
  expect(de).toMatchObject({ slug: 'welt-trump-putin', lang: 'de', sourceLang: 'en' });
  expect(de.paragraphs).toHaveLength(25);
  expect(de.paragraphs[0]).toMatchObject({
    position: 1,
    kind: 'dateline',
    source: { text: 'Thursday, April 24, 2025' },
    translation: { text: 'Donnerstag, 24. April 2025', status: 'approved' },
  });
  expect(de.paragraphs[0].translation.approvedVersionId).toBe(de.paragraphs[0].translation.versionId);

  expect((await api.get('/api/documents/welt-trump-putin?lang=xx')).status()).toBe(404);
  expect((await api.get('/api/documents/welt-trump-putin')).status()).toBe(400);
  expect((await api.get('/api/documents/nothing-here?lang=de')).status()).toBe(404);
});

test('versions: create, unchanged, conflict, list and diff', async ({ baseURL, story }) => {
  const doc = await story(['Headline', 'Body.']);
  const paragraph = doc.paragraphs[1].id;
  const url = `/api/paragraphs/${paragraph}/translations/de/versions`;
  const api = await client(baseURL!, 'translator.de@example.com');

  const created = await api.post(url, { data: { text: 'Erster Text.', baseVersionId: null } });
  expect(created.status()).toBe(201);
  const first = await created.json();
  expect(first).toMatchObject({ number: 1, text: 'Erster Text.', baseVersionId: null, author: { name: 'Katharina Weber' } });

  const same = await api.post(url, { data: { text: 'Erster Text.', baseVersionId: first.versionId } });
  expect(same.status()).toBe(200);
  expect((await same.json()).versionId).toBe(first.versionId);

  const second = await (await api.post(url, { data: { text: 'Zweiter Text.', baseVersionId: first.versionId } })).json();
  const stale = await api.post(url, { data: { text: 'Veraltet.', baseVersionId: first.versionId } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ error: 'conflict', current: { versionId: second.versionId, text: 'Zweiter Text.' } });

  const versions = await (await api.get(url)).json();
  expect(versions.map((v: { text: string }) => v.text)).toEqual(['Zweiter Text.', 'Erster Text.']);
  expect(versions[0]).toMatchObject({ versionId: second.versionId, baseVersionId: first.versionId, review: null });
  expect(versions[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

  const diff = await (await api.get(`/api/diff?from=${first.versionId}&to=${second.versionId}`)).json();
  expect(diff.changes).toEqual([
    { value: 'Erster', removed: true },
    { value: 'Zweiter', added: true },
    { value: ' Text.' },
  ]);
});

test('bad input gets the JSON error shape and stores nothing', async ({ baseURL, story, db }) => {
  const doc = await story(['Headline', 'Body.']);
  const paragraph = doc.paragraphs[1].id;
  const url = `/api/paragraphs/${paragraph}/translations/de/versions`;
  const translator = await client(baseURL!, 'translator.de@example.com');
  const french = await client(baseURL!, 'translator.fr@example.com');
  const anonymous = await client(baseURL!);

  const cases: Array<[APIRequestContext, string, unknown, number, string]> = [
    [anonymous, url, { text: 'x', baseVersionId: null }, 401, 'not_signed_in'],
    [french, url, { text: 'x', baseVersionId: null }, 403, 'forbidden'],
    [translator, url, { text: 'x'.repeat(20_001), baseVersionId: null }, 413, 'too_large'],
    [translator, url, { text: 'bell\u0007', baseVersionId: null }, 400, 'invalid_input'],
    [translator, url, { text: 'x' }, 400, 'invalid_input'],
    [translator, url, { text: 'x', baseVersionId: 42 }, 400, 'invalid_input'],
    [translator, url, { text: 'x', baseVersionId: null, extra: true }, 400, 'invalid_input'],
    [translator, url, { text: '', baseVersionId: null }, 400, 'invalid_input'],
    [translator, `/api/paragraphs/nope/translations/de/versions`, { text: 'x', baseVersionId: null }, 404, 'not_found'],
    [translator, `/api/paragraphs/${paragraph}/translations/zz/versions`, { text: 'x', baseVersionId: null }, 404, 'not_found'],
  ];
  for (const [api, target, data, status, code] of cases) {
    const response = await api.post(target, { data });
    expect(response.status(), JSON.stringify(data).slice(0, 80)).toBe(status);
    const body = await response.json();
    expect(body.error).toBe(code);
    expect(typeof body.message).toBe('string');
  }
  const malformed = await translator.post(url, { data: '{"text": ', headers: { 'content-type': 'application/json' } });
  expect(malformed.status()).toBe(400);
  expect(await db.translationVersion.count({ where: { paragraphId: paragraph } })).toBe(0);
});

test('a cross-site POST with the session cookie is refused', async ({ baseURL, story, db }) => {
  const doc = await story(['Headline', 'Body.']);
  const api = await client(baseURL!, 'translator.de@example.com');
  const response = await api.post(`/api/paragraphs/${doc.paragraphs[1].id}/translations/de/versions`, {
    data: { text: 'Von einer fremden Seite.', baseVersionId: null },
    headers: { origin: 'https://evil.example' },
  });
  expect(response.status()).toBe(403);
  expect(await db.translationVersion.count({ where: { paragraphId: doc.paragraphs[1].id } })).toBe(0);
});

test('answers are for one person: no cache may keep them, and small ones are sent uncompressed', async ({ baseURL }) => {
  const api = await client(baseURL!, 'translator.de@example.com');
  const document = await api.get('/api/documents/welt-trump-putin?lang=de', { headers: { 'accept-encoding': 'gzip' } });
  expect(document.headers()['cache-control']).toBe('private, no-store');
  expect(document.headers()['content-encoding']).toBe('gzip');
  const refused = await (await client(baseURL!)).get('/api/documents', { headers: { 'accept-encoding': 'gzip' } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['cache-control']).toBe('private, no-store, no-transform');
  expect(refused.headers()['content-encoding']).toBeUndefined();
});
