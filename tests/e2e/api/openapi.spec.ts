import { request as playwrightRequest, type APIRequestContext, type APIResponse } from '@playwright/test';
import { responseValidator, type OpenApiSpec } from '../../support/openapi-validator';
import { setTarget } from '../../support/xliff-edit';
import { expect, test } from '../fixtures';

type Parameter = { name: string; in: 'path' | 'query'; required?: boolean; example?: string };
type Operation = {
  operationId: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Spec = OpenApiSpec & { openapi: string; paths: Record<string, Record<string, Operation>> };

async function client(baseURL: string, email?: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (email) expect((await context.post('/api/auth/sign-in/email', { data: { email, password: 'redline-demo' } })).status()).toBe(200);
  return context;
}

/** The URL of an operation, its path and query parameters filled from `values` or their examples. */
function urlOf(path: string, operation: Operation, values: Record<string, string>): string {
  const query = new URLSearchParams();
  let url = path;
  for (const parameter of operation.parameters ?? []) {
    const value = values[parameter.name] ?? parameter.example;
    if (parameter.in === 'path') {
      expect(value, `a value for {${parameter.name}} of ${path}`).toBeDefined();
      url = url.replace(`{${parameter.name}}`, encodeURIComponent(value!));
    } else if (value !== undefined && (parameter.required || parameter.example !== undefined)) {
      query.set(parameter.name, value);
    }
  }
  return query.size ? `${url}?${query}` : url;
}

/** The status and headers of a never-ending response, with the context's session cookie. */
async function openStream(baseURL: string, context: APIRequestContext, url: string) {
  const { cookies } = await context.storageState();
  const abort = new AbortController();
  const response = await fetch(new URL(url, baseURL), {
    headers: { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') },
    signal: abort.signal,
  });
  abort.abort();
  return { status: () => response.status, headers: () => Object.fromEntries(response.headers) };
}

/** The body of an answer: JSON parsed, anything else as text. */
async function bodyOf(response: APIResponse): Promise<unknown> {
  const text = await response.text();
  return /^application\/([a-z.+-]*\+)?json\b/i.test(response.headers()['content-type'] ?? '') && text !== '' ? JSON.parse(text) : text;
}

test('every documented path exists and answers as documented', async ({ baseURL }) => {
  const anonymous = await client(baseURL!);
  const specResponse = await anonymous.get('/api/openapi.json');
  expect(specResponse.status()).toBe(200);
  const spec = (await specResponse.json()) as Spec;
  expect(spec.openapi).toBe('3.1.0');
  // Every body is checked against the JSON Schema documented for its status and media type.
  const validator = responseValidator(spec);
  let jsonBodies = 0;
  const expectDocumented = async (path: string, method: string, response: APIResponse, label: string) => {
    const contentType = response.headers()['content-type'] ?? '';
    const body = await bodyOf(response);
    if (body !== null && typeof body === 'object') jsonBodies += 1;
    expect(validator.problems(path, method, response.status(), contentType, body), `${label}: the body as documented`).toEqual([]);
  };

  // GETs are made as an admin, who may read everything (people and webhooks are admins' only).
  const admin = await client(baseURL!, 'admin@example.com');
  const document = await (await admin.get('/api/documents/welt-trump-putin?lang=de')).json();
  // Paragraph 5 of the seed has several German versions.
  const paragraph = document.paragraphs[4];
  const versions = await (await admin.get(`/api/paragraphs/${paragraph.id}/translations/de/versions`)).json();
  expect(versions.length).toBeGreaterThanOrEqual(2);
  const webhook = await (await admin.post('/api/webhooks', { data: { url: 'http://127.0.0.1:9/openapi-spec', events: ['edition.published'], active: false } })).json();
  const values: Record<string, string> = {
    webhookId: webhook.id,
    slug: 'welt-trump-putin',
    lang: 'de',
    id: paragraph.id,
    from: versions[versions.length - 1].versionId,
    to: versions[0].versionId,
    versionId: versions[0].versionId,
  };

  let checked = 0;
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const url = urlOf(path, operation, values);
      const label = `${method.toUpperCase()} ${url}`;
      const isPublic = operation.security?.length === 0;
      if (method === 'get') {
        const success = Object.keys(operation.responses).find((status) => status.startsWith('2'))!;
        const types = Object.keys(operation.responses[success].content ?? {});
        // An event stream never ends: read its status and headers, then hang up.
        const isStream = types.includes('text/event-stream');
        const response = isStream ? await openStream(baseURL!, admin, url) : await admin.get(url);
        expect(response.status(), label).toBe(Number(success));
        if (types.length > 0) {
          const type = response.headers()['content-type'] ?? '';
          expect(types.some((documented) => type.startsWith(documented)), `${label}: ${type} is one of ${types.join(', ')}`).toBe(true);
        }
        if (!isStream) await expectDocumented(path, method, response as APIResponse, label);
        if (!isPublic) {
          expect(operation.responses['401'], `${label} documents 401`).toBeDefined();
          const unsigned = await anonymous.get(url);
          expect(unsigned.status(), `${label} without a session`).toBe(401);
          await expectDocumented(path, method, unsigned, `${label} without a session`);
        }
      } else {
        // Writes are checked without a session, so nothing changes; public ones in a context of their own.
        const caller = isPublic ? await client(baseURL!) : anonymous;
        const example = operation.requestBody?.content['application/json']?.example;
        const response = await caller.fetch(url, { method: method.toUpperCase(), data: example });
        if (isPublic) {
          expect(Object.keys(operation.responses), label).toContain(String(response.status()));
        } else {
          expect(operation.responses['401'], `${label} documents 401`).toBeDefined();
          expect(response.status(), label).toBe(401);
          expect(await response.json(), label).toMatchObject({ error: 'not_signed_in' });
        }
        await expectDocumented(path, method, response, label);
      }
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(40);
  // Not vacuous: every operation gave at least one JSON body (its 401, or its answer) to check.
  expect(jsonBodies).toBeGreaterThanOrEqual(checked);
});

test('the answers of writes, and their errors, are as documented', async ({ baseURL, story }) => {
  const spec = (await (await (await client(baseURL!)).get('/api/openapi.json')).json()) as Spec;
  const validator = responseValidator(spec);
  const editor = await client(baseURL!, 'editor@example.com');
  const doc = await story(['Storm hits the coast', 'At least 215 people died.'], ['de']);
  const [headline, body] = doc.paragraphs;
  const slug = doc.slug;

  /** Calls the API as the editor, checks status and body against the description, and returns the body. */
  async function call(method: string, path: string, values: Record<string, string>, expected: number, options: { data?: unknown; headers?: Record<string, string>; query?: string } = {}) {
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name])) + (options.query ?? '');
    const response = await editor.fetch(url, { method, data: options.data, headers: options.headers });
    const label = `${method} ${url}`;
    expect(response.status(), `${label}: ${await response.text()}`).toBe(expected);
    const answer = await bodyOf(response);
    expect(validator.problems(path, method, response.status(), response.headers()['content-type'] ?? '', answer), `${label}: the body as documented`).toEqual([]);
    return answer as Record<string, unknown> & Array<Record<string, unknown>>;
  }

  const VERSIONS = '/api/paragraphs/{id}/translations/{lang}/versions';
  const de = (id: string) => ({ id, lang: 'de' });
  const title = await call('POST', VERSIONS, de(headline.id), 201, { data: { text: 'Sturm trifft die Küste', baseVersionId: null } });
  await call('POST', VERSIONS, de(headline.id), 200, { data: { text: 'Sturm trifft die Küste', baseVersionId: title.versionId } });
  const stale = await call('POST', VERSIONS, de(headline.id), 409, { data: { text: 'Veraltet', baseVersionId: null } });
  expect(stale.current).toMatchObject({ versionId: title.versionId });
  await call('POST', VERSIONS, de('nowhere'), 404, { data: { text: 'x', baseVersionId: null } });
  await call('POST', VERSIONS, de(headline.id), 400, { data: { text: 'x', baseVersionId: null, extra: true } });
  // A replaced number: the save reports it, and it blocks an approval until overridden.
  const wrong = await call('POST', VERSIONS, de(body.id), 201, { data: { text: 'Mindestens 251 Menschen starben.', baseVersionId: null } });
  expect(wrong.checks).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'numbers.replaced' })]));

  const APPROVE = '/api/translation-versions/{versionId}/approve';
  const REJECT = '/api/translation-versions/{versionId}/reject';
  const blocked = await call('POST', APPROVE, { versionId: String(wrong.versionId) }, 409, { data: {} });
  expect(blocked.checks).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'numbers.replaced' })]));
  await call('POST', REJECT, { versionId: String(wrong.versionId) }, 201, { data: { comment: 'The number is 215.' } });
  await call('POST', REJECT, { versionId: String(wrong.versionId) }, 200, { data: { comment: 'The number is 215.' } });
  const right = await call('POST', VERSIONS, de(body.id), 201, { data: { text: 'Mindestens 215 Menschen starben.', baseVersionId: wrong.versionId } });
  await call('POST', APPROVE, { versionId: String(right.versionId) }, 201);
  await call('POST', APPROVE, { versionId: String(right.versionId) }, 200, { data: { comment: 'Good.' } });
  await call('POST', APPROVE, { versionId: String(wrong.versionId) }, 409, { data: {} });
  await call('POST', APPROVE, { versionId: String(title.versionId) }, 201, { data: { comment: null } });
  await call('GET', VERSIONS, de(body.id), 200);
  await call('GET', '/api/diff', {}, 200, { query: `?from=${wrong.versionId}&to=${right.versionId}` });

  const EDITIONS = '/api/documents/{slug}/editions';
  await call('POST', EDITIONS, { slug }, 201, { query: '?lang=de' });
  await call('GET', EDITIONS, { slug }, 200, { query: '?lang=de' });
  await call('GET', EDITIONS, { slug }, 400);
  await call('GET', '/api/documents/{slug}/export', { slug }, 200, { query: '?lang=de&format=i18next' });
  await call('GET', '/api/documents/{slug}/export', { slug }, 200, { query: '?lang=de&format=markdown&edition=1' });
  await call('GET', '/api/documents/{slug}/qa', { slug }, 200, { query: '?lang=de' });
  await call('GET', '/api/paragraphs/{id}/translations/{lang}/suggestions', de(body.id), 200);
  await call('GET', '/api/memory', {}, 200, { query: '?lang=de&q=Menschen' });

  const COMMENTS = '/api/paragraphs/{id}/translations/{lang}/comments';
  const thread = await call('POST', COMMENTS, de(body.id), 201, { data: { text: 'Is “at least” right?' } });
  await call('POST', COMMENTS, de(body.id), 201, { data: { text: 'Yes.', threadId: thread.id } });
  await call('GET', COMMENTS, de(body.id), 200);
  await call('POST', '/api/comment-threads/{id}/resolve', { id: String(thread.id) }, 200);

  const SOURCE = '/api/paragraphs/{id}/source-versions';
  const english = await call('POST', SOURCE, { id: body.id }, 201, { data: { text: 'At least 216 people died.', baseVersionId: body.sourceVersionId } });
  await call('POST', SOURCE, { id: body.id }, 200, { data: { text: 'At least 216 people died.', baseVersionId: english.versionId } });
  await call('POST', SOURCE, { id: body.id }, 409, { data: { text: 'At least 217 people died.', baseVersionId: body.sourceVersionId } });

  await call('POST', '/api/documents/{slug}/presence', { slug }, 204, { data: { paragraphId: body.id, lang: 'de', editing: true } });
  await call('POST', '/api/documents/{slug}/presence', { slug }, 400, { data: { paragraphId: body.id, lang: 'not a language', editing: true } });

  const xliff = String(await call('GET', '/api/documents/{slug}/export', { slug }, 200, { query: '?lang=de&format=xliff' }));
  const IMPORT = '/api/documents/{slug}/import';
  const headers = { 'content-type': 'application/xliff+xml' };
  // The body's English changed since its translation: skipped; the headline's new target: created.
  const report = await call('POST', IMPORT, { slug }, 200, { query: '?lang=de&dryRun=1', headers, data: setTarget(xliff, headline.id, 'Sturm erreicht die Küste') });
  expect(report.counts).toMatchObject({ created: 1 });
  await call('POST', IMPORT, { slug }, 400, { query: '?lang=de', headers, data: xliff.replace('</source>', '</target>') });
});

test('the API documentation page renders every operation from the description', async ({ page, baseURL }) => {
  const spec = (await (await (await client(baseURL!)).get('/api/openapi.json')).json()) as Spec;
  await page.goto('/api-docs');
  await expect(page.getByRole('heading', { name: 'Redline REST API', level: 1 })).toBeVisible();
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const method of Object.keys(operations)) {
      await expect(page.getByRole('article', { name: `${method.toUpperCase()} ${path}`, exact: true })).toHaveCount(1);
    }
  }
  const importOperation = page.getByRole('article', { name: 'POST /api/documents/{slug}/import', exact: true });
  await expect(importOperation.getByRole('table', { name: 'Parameters' })).toContainText('dryRun');
  await expect(importOperation).toContainText('413');
  await expect(page.getByRole('link', { name: '/api/openapi.json', exact: true })).toHaveAttribute('href', '/api/openapi.json');
});
