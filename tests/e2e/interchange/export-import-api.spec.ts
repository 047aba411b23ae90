import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures';
import { setTarget } from '../../support/xliff-edit';

async function client(baseURL: string, email?: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (email) expect((await context.post('/api/auth/sign-in/email', { data: { email, password: 'redline-demo' } })).status()).toBe(200);
  return context;
}

test('export answers each format as a named attachment', async ({ baseURL }) => {
  const api = await client(baseURL!, 'translator.uk@example.com');
  const xliff = await api.get('/api/documents/welt-trump-putin/export?lang=uk&format=xliff');
  expect(xliff.status()).toBe(200);
  expect(xliff.headers()['content-type']).toBe('application/xliff+xml; charset=utf-8');
  expect(xliff.headers()['content-disposition']).toBe('attachment; filename="welt-trump-putin.uk.xlf"');
  expect((await xliff.text()).match(/<unit /g)).toHaveLength(25);

  const xliff12 = await api.get('/api/documents/welt-trump-putin/export?lang=uk&format=xliff12');
  expect(xliff12.status()).toBe(200);
  expect(xliff12.headers()['content-type']).toBe('application/xliff+xml; charset=utf-8');
  expect(xliff12.headers()['content-disposition']).toBe('attachment; filename="welt-trump-putin.uk.xliff12.xlf"');
  const body12 = await xliff12.text();
  expect(body12).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');
  expect(body12.match(/<trans-unit /g)).toHaveLength(25);

  const i18n = await api.get('/api/documents/welt-trump-putin/export?lang=de&format=i18next');
  expect(i18n.headers()['content-disposition']).toBe('attachment; filename="welt-trump-putin.de.json"');
  expect(Object.keys((await i18n.json()).de.translation).length).toBeGreaterThan(10);

  // Nothing of the seed is published: text and Markdown need an edition.
  const text = await api.get('/api/documents/welt-trump-putin/export?lang=de&format=text');
  expect(text.status()).toBe(404);
  expect((await text.json()).message).toBe('No edition of "Suddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side" is published in German yet.');
  expect((await api.get('/api/documents/welt-trump-putin/export?lang=de')).status()).toBe(400);
  expect((await api.get('/api/documents/welt-trump-putin/export?lang=de&format=docx')).status()).toBe(400);
  expect((await api.get('/api/documents/welt-trump-putin/export?lang=de&format=text&edition=first')).status()).toBe(400);
  expect((await api.get('/api/documents/welt-trump-putin/export?lang=xx&format=xliff')).status()).toBe(404);
});

test('import through the API: a dry run, the import, and bad files refused with their reason', async ({ baseURL, story, db }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  const api = await client(baseURL!, 'translator.de@example.com');
  const exported = await (await api.get(`/api/documents/${doc.slug}/export?lang=de&format=xliff`)).text();
  const xml = setTarget(exported, doc.paragraphs[1].id, 'Fließtext.');
  const url = `/api/documents/${doc.slug}/import?lang=de`;
  const headers = { 'content-type': 'application/xliff+xml' };

  const dryRun = await api.post(`${url}&dryRun=1`, { data: xml, headers });
  expect(dryRun.status()).toBe(200);
  expect(await dryRun.json()).toMatchObject({ dryRun: true, applied: false, counts: { created: 1, unchanged: 0, skipped: 1 } });
  expect(await db.translationVersion.count({ where: { paragraph: { documentId: doc.id } } })).toBe(0);

  const bad: Array<[string, string | Buffer, number, RegExp]> = [
    ['malformed', xml.replace('</target>', '</source>'), 400, /line \d+, column \d+: the end tag <\/source> does not match <target>/],
    ['wrong trgLang', xml.replace('trgLang="de"', 'trgLang="fr"'), 400, /trgLang\) is "fr"/],
    ['a bomb', `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>\n${xml}`, 400, /document type declaration/],
    ['not UTF-8', Buffer.from([0x3c, 0x61, 0x3e, 0xe4, 0x3c, 0x2f, 0x61, 0x3e]), 400, /not valid UTF-8/],
    ['empty', '', 400, /no body/],
    ['over 5 MB', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20), 413, /larger than 5 MB/],
  ];
  for (const [name, body, status, message] of bad) {
    const response = await api.post(url, { data: body, headers });
    expect(response.status(), name).toBe(status);
    const json = await response.json();
    expect(json.message, name).toMatch(message);
  }
  const malformed = await (await api.post(url, { data: xml.replace('</target>', '</source>'), headers })).json();
  expect(malformed).toMatchObject({ error: 'invalid_input', line: expect.any(Number), column: expect.any(Number) });
  expect((await api.post(`${url}&dryRun=maybe`, { data: xml, headers })).status()).toBe(400);
  expect((await (await client(baseURL!, 'translator.fr@example.com')).post(url, { data: xml, headers })).status()).toBe(403);
  expect((await (await client(baseURL!)).post(url, { data: xml, headers })).status()).toBe(401);
  expect(await db.translationVersion.count({ where: { paragraph: { documentId: doc.id } } })).toBe(0);

  const applied = await api.post(url, { data: xml, headers });
  expect(await applied.json()).toMatchObject({ dryRun: false, applied: true, counts: { created: 1 } });
  const versions = await db.translationVersion.findMany({ where: { paragraph: { documentId: doc.id } }, select: { text: true } });
  expect(versions).toEqual([{ text: 'Fließtext.' }]);
});

test('an XLIFF 1.2 export comes back through the same import', async ({ baseURL, story, db }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  const api = await client(baseURL!, 'translator.de@example.com');
  const exported = await (await api.get(`/api/documents/${doc.slug}/export?lang=de&format=xliff12`)).text();
  const xml = exported.replace(/(<trans-unit id="[^"]+" resname="paragraph-2">\s*<source>Body\.<\/source>)/, '$1<target state="translated">Fließtext.</target>');
  const headers = { 'content-type': 'application/xliff+xml' };
  const dryRun = await api.post(`/api/documents/${doc.slug}/import?lang=de&dryRun=1`, { data: xml, headers });
  expect(await dryRun.json()).toMatchObject({ dryRun: true, applied: false, counts: { created: 1, unchanged: 0, skipped: 1 } });
  const applied = await api.post(`/api/documents/${doc.slug}/import?lang=de`, { data: xml, headers });
  expect(await applied.json()).toMatchObject({ applied: true, counts: { created: 1 } });
  const versions = await db.translationVersion.findMany({ where: { paragraph: { documentId: doc.id } }, select: { text: true } });
  expect(versions).toEqual([{ text: 'Fließtext.' }]);
});
