import { request as playwrightRequest, type APIRequestContext, type APIResponse } from '@playwright/test';
import { responseValidator, type OpenApiSpec } from '../../support/openapi-validator';
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
