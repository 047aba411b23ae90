// POST /api/documents and the paged GET /api/documents over HTTP, as a CMS calls them: status
// codes, the error shape with its reason, the paging headers, and text-only storage of HTML.
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { createDocument, uniqueName } from '../../support/fixtures';
import { expect, test } from '../fixtures';

async function client(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  expect((await context.post('/api/auth/sign-in/email', { data: { email, password: 'redline-demo' } })).status()).toBe(200);
  return context;
}

test('a CMS creates a document from HTML: preview, create, read back', async ({ baseURL, db }) => {
  const api = await client(baseURL!, 'editor@example.com');
  const headline = `Floods close the A9 ${uniqueName('api')}`;
  const article = {
    format: 'html',
    content: `<h1>${headline}</h1><p class="byline">By Jane Doe</p><p>Heavy rain flooded the A9 near Ingolstadt on Monday, closing it in both directions for most of the day.</p><script>track()</script><p onclick="steal()">Police expect it to reopen on <em>Tuesday</em>.</p>`,
    languages: ['de', 'fr'],
    deadline: '2030-01-15T18:00:00+01:00',
  };

  const before = await db.document.count();
  const dry = await api.post('/api/documents?dryRun=1', { data: article });
  expect(dry.status()).toBe(200);
  const preview = await dry.json();
  expect(preview).toMatchObject({ dryRun: true, title: headline, languages: ['de', 'fr'], deadline: '2030-01-15T17:00:00.000Z' });
  expect(preview.paragraphs.map((p: { id: null; kind: string }) => [p.id, p.kind])).toEqual([
    [null, 'headline'],
    [null, 'byline'],
    [null, 'standfirst'],
    [null, 'body'],
  ]);
  expect(preview.dropped).toEqual([{ line: 1, reason: 'script', text: 'track()', element: 'script' }]);
  expect(await db.document.count({ where: { slug: preview.slug } })).toBe(0);

  const created = await api.post('/api/documents', { data: { ...article, kinds: { '3': 'body' } } });
  expect(created.status()).toBe(201);
  const document = await created.json();
  expect(document.slug).toBe(preview.slug);
  expect(document.paragraphs[3]).toMatchObject({ position: 4, kind: 'body', source: { text: 'Police expect it to reopen on Tuesday.' } });
  expect(document.paragraphs[2].kind).toBe('body');
  expect(await db.document.count()).toBeGreaterThan(before);

  const german = await (await api.get(`/api/documents/${document.slug}?lang=de`)).json();
  expect(german).toMatchObject({ slug: document.slug, title: headline, lang: 'de', deadline: '2030-01-15T17:00:00.000Z' });
  expect(german.paragraphs.map((p: { id: string; source: { versionId: string } }) => [p.id, p.source.versionId])).toEqual(
    document.paragraphs.map((p: { id: string; source: { versionId: string } }) => [p.id, p.source.versionId]),
  );
  expect(JSON.stringify(german)).not.toMatch(/<|onclick|steal|track/);
});

test('what POST /api/documents refuses, with a reason, changing nothing', async ({ baseURL, db }) => {
  const editor = await client(baseURL!, 'editor@example.com');
  const translator = await client(baseURL!, 'translator.de@example.com');
  const slug = uniqueName('cms-slug');
  // Every article sent has a headline of its own, so what this test sent can be told apart from
  // the documents other tests create meanwhile.
  const headlines: string[] = [];
  const headline = () => {
    headlines.push(uniqueName('Headline'));
    return headlines.at(-1)!;
  };
  const article = (extra: Record<string, unknown> = {}) => ({ format: 'text', content: `${headline()}\nBody text.`, languages: ['de'], ...extra });
  expect((await editor.post('/api/documents', { data: article({ slug }) })).status()).toBe(201);
  headlines.length = 0;

  const refusals: Array<[string, APIRequestContext, unknown, number, Record<string, unknown>]> = [
    ['a translator', translator, article(), 403, { error: 'forbidden' }],
    ['an empty article', editor, article({ content: ' \n ' }), 400, { error: 'invalid_input', reason: 'empty_article' }],
    ['an article over 2 MB', editor, article({ content: `${headline()}\n${'Words in a paragraph. '.repeat(100_000)}` }), 413, { error: 'too_large', reason: 'article_too_large' }],
    ['5,001 paragraphs', editor, article({ content: [headline(), ...Array.from({ length: 5000 }, (_, i) => `Line ${i}`)].join('\n') }), 413, { reason: 'too_many_paragraphs' }],
    ['a body over the limit', editor, article({ content: `${headline()}\n${'x'.repeat(4_300_000)}` }), 413, { error: 'too_large' }],
    ['a taken slug', editor, article({ slug }), 409, { error: 'conflict', reason: 'slug_taken' }],
    ['an unknown language', editor, article({ languages: ['de', 'xx'] }), 400, { reason: 'unknown_language', languages: ['xx'] }],
    ['an unknown format', editor, article({ format: 'docx' }), 400, { error: 'invalid_input' }],
    ['an unknown field', editor, article({ author: 'me' }), 400, { error: 'invalid_input' }],
  ];
  for (const [what, api, data, status, body] of refusals) {
    const response = await api.post('/api/documents', { data });
    expect(response.status(), what).toBe(status);
    expect(await response.json(), what).toMatchObject(body);
  }
  expect(headlines.length).toBeGreaterThanOrEqual(refusals.length);
  expect(await db.document.count({ where: { title: { in: headlines } } })).toBe(0);
  expect(await db.document.count({ where: { slug } })).toBe(1);
});

test('the list is paged with X-Total-Count and Link', async ({ baseURL, db }) => {
  const tag = uniqueName('Paged');
  for (let n = 1; n <= 3; n++) {
    await createDocument(db, { title: `${tag} ${n}`, paragraphs: ['Headline'], createdAt: new Date(Date.now() - (10 - n) * 60_000) });
  }
  const api = await client(baseURL!, 'translator.fr@example.com');
  const first = await api.get(`/api/documents?q=${tag}&perPage=2`);
  expect(first.status()).toBe(200);
  expect((await first.json()).map((d: { title: string }) => d.title)).toEqual([`${tag} 3`, `${tag} 2`]);
  expect(first.headers()['x-total-count']).toBe('3');
  const link = first.headers()['link'];
  expect(link).toContain(`</api/documents?q=${tag}&perPage=2&page=2>; rel="next"`);
  expect(link).toContain('rel="last"');
  expect(link).not.toContain('rel="prev"');

  const second = await api.get(`/api/documents?q=${tag}&perPage=2&page=2`);
  const documents = await second.json();
  expect(documents).toHaveLength(1);
  expect(documents[0]).toMatchObject({ title: `${tag} 1`, sourceLang: 'en', deadline: null, paragraphCount: 1 });
  expect(documents[0].languages.sort()).toEqual(['ar', 'de', 'fr', 'uk']);
  expect(second.headers()['link']).not.toContain('rel="next"');

  expect((await api.get('/api/documents?perPage=500')).status()).toBe(400);
  expect((await api.get('/api/documents?status=done')).status()).toBe(400);
});
