import { randomUUID } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import { expect, signIn, test } from '../fixtures';

async function client(baseURL: string, email: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  expect((await context.post('/api/auth/sign-in/email', { data: { email, password: 'redline-demo' } })).status()).toBe(200);
  return context;
}

test('an editor previews a TMX import on the memory page, imports it, and finds the unit with its file', async ({ page, db }) => {
  const word = `Zaporizhzhia${randomUUID().slice(0, 8)}`;
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="Agency" creationtoolversion="1"/>
  <body>
    <tu creationid="Agency desk" creationdate="20240301T080000Z"><tuv xml:lang="en-GB"><seg>The plant at ${word} lost power again.</seg></tuv><tuv xml:lang="de-DE"><seg>Das Kraftwerk in ${word} verlor erneut den Strom.</seg></tuv><tuv xml:lang="es"><seg>La central…</seg></tuv></tu>
  </body>
</tmx>`;
  await signIn(page, 'editor@example.com');
  await page.goto('/memory');
  const form = page.getByRole('region', { name: 'Import a TMX file' });
  await form.getByLabel('TMX file').setInputFiles({ name: 'agency-e2e.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx) });
  await form.getByRole('button', { name: 'Preview' }).click();
  await expect(form.getByRole('status')).toContainText('Would import 1 · already in the memory: 0 · skipped: 1');
  await expect(form.getByRole('status')).toContainText('a language Redline does not have (es): 1');
  expect(await db.importedMemoryUnit.count({ where: { source: { contains: word } } })).toBe(0);

  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByRole('status')).toContainText('Imported 1 · already in the memory: 0 · skipped: 1');
  expect(await db.importedMemoryUnit.count({ where: { source: { contains: word } } })).toBe(1);

  await page.getByRole('search').getByLabel('Search the memory').fill(word);
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`Das Kraftwerk in ${word}`) })).toContainText('imported from agency-e2e.tmx (Agency desk, 2024-03-01)');
});

test('the API exports TMX as an attachment and refuses a bad or too large import in its error shape', async ({ baseURL }) => {
  const editor = await client(baseURL!, 'editor@example.com');
  const exported = await editor.get('/api/memory/export?lang=de&format=tmx');
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-disposition']).toBe('attachment; filename="redline-memory.de.tmx"');
  expect(await exported.text()).toMatch(/<header creationtool="Redline"[^>]* srclang="en"/);

  const url = '/api/memory/import?format=tmx&name=bad.tmx';
  const headers = { 'content-type': 'application/x-tmx+xml' };
  const malformed = await editor.post(url, { data: '<tmx version="1.4">\n<body>\n<tu></body></tmx>', headers });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({ error: 'invalid_input', message: expect.stringMatching(/line 3/) });
  const large = await editor.post(url, { data: Buffer.alloc(20 * 1024 * 1024 + 1, 0x20), headers });
  expect(large.status()).toBe(413);
  expect(await large.json()).toMatchObject({ error: 'too_large' });
  const translator = await client(baseURL!, 'translator.de@example.com');
  expect((await translator.post(url, { data: '<tmx version="1.4"><body/></tmx>', headers })).status()).toBe(403);
});
