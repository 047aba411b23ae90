// A person makes an API token at /settings/tokens, a script calls the API with it (no cookie,
// from anywhere), and once revoked it is refused with 401 in the API's error shape.
import { randomUUID } from 'node:crypto';
import { expect, signIn, test } from '../fixtures';
import { apiAs, personWithPassword } from './people-support';

test('create a token on the tokens page, call the API with it, revoke it', async ({ page, story, playwright, baseURL, db }) => {
  const doc = await story(['Headline', 'At least eight people died.'], ['de']);
  const tokenName = `CMS export ${randomUUID().slice(0, 8)}`;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(page, 'translator.de@example.com');
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();

  await page.getByLabel('Token name').fill(tokenName);
  await page.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByRole('textbox', { name: 'New token' });
  await expect(shown).toHaveValue(/^rl_[A-Za-z0-9_-]{43}$/);
  const token = await shown.inputValue();
  await page.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  const row = page.getByRole('row', { name: new RegExp(tokenName) });
  await expect(row.getByRole('cell', { name: 'Never' })).toBeVisible();

  // A script: no cookie, the token in the header; another site's Origin does not matter.
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const list = await script.get('/api/documents');
  expect(list.status()).toBe(200);
  expect((await list.json()).map((d: { slug: string }) => d.slug)).toContain(doc.slug);
  const saved = await script.post(`/api/paragraphs/${doc.paragraphs[1].id}/translations/de/versions`, {
    data: { text: 'Mindestens acht Menschen starben.', baseVersionId: null },
    headers: { origin: 'https://cms.newsroom.example' },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const version = await db.translationVersion.findFirstOrThrow({ where: { paragraphId: doc.paragraphs[1].id, languageCode: 'de' }, include: { author: true } });
  expect(version.author.email).toBe('translator.de@example.com');
  // With the translator's role: approving is an editor's.
  expect((await script.post(`/api/translation-versions/${version.id}/approve`, { data: {} })).status()).toBe(403);

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(tokenName) }).getByRole('cell', { name: 'Never' })).toHaveCount(0);

  page.on('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: `Revoke ${tokenName}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(tokenName) })).toHaveCount(0);
  const refused = await script.get('/api/documents');
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: 'not_signed_in', message: expect.any(String) });
  const malformed = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: 'Bearer not-a-token' } });
  expect((await malformed.get('/api/documents')).status()).toBe(401);
  await script.dispose();
  await malformed.dispose();
});

test('a token works for the live-event stream and for export and import, and not once its person is deactivated', async ({ story, playwright, baseURL }) => {
  const doc = await story(['Headline', 'At least eight people died.'], ['de']);
  const admin = await apiAs(playwright, baseURL!, 'admin@example.com');
  const person = await personWithPassword(admin, 'translator', ['de']);
  const own = await apiAs(playwright, baseURL!, person.email, person.password);
  const created = await own.post('/api/tokens', { data: { name: 'CMS' } });
  expect(created.status()).toBe(201);
  const { token } = await created.json();
  const bearer = { authorization: `Bearer ${token}` };

  // The event stream: it stays open, so only its start is read.
  const abort = new AbortController();
  const stream = await fetch(`${baseURL}/api/documents/${doc.slug}/events`, { headers: bearer, signal: abort.signal });
  expect(stream.status).toBe(200);
  expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const first = await stream.body!.getReader().read();
  expect(new TextDecoder().decode(first.value)).toContain('retry:');
  abort.abort();

  const exported = await fetch(`${baseURL}/api/documents/${doc.slug}/export?lang=de&format=xliff`, { headers: bearer });
  expect(exported.status).toBe(200);
  const xliff = await exported.text();
  expect(xliff).toContain('<xliff');
  const imported = await fetch(`${baseURL}/api/documents/${doc.slug}/import?lang=de&dryRun=1`, {
    method: 'POST',
    headers: { ...bearer, 'content-type': 'application/xliff+xml' },
    body: xliff,
  });
  expect(imported.status, await imported.clone().text()).toBe(200);

  expect((await admin.patch(`/api/users/${person.id}`, { data: { active: false } })).status()).toBe(200);
  const refused = await fetch(`${baseURL}/api/documents`, { headers: bearer });
  expect(refused.status).toBe(401);
  expect((await fetch(`${baseURL}/api/documents/${doc.slug}/events`, { headers: bearer })).status).toBe(401);
  await admin.dispose();
  await own.dispose();
});
