// Every page is sent with a Content-Security-Policy whose scripts need this response's nonce,
// and works under it: no policy violation, no console error, while the page is used. Pages and
// API answers carry nosniff and a same-origin referrer policy; HSTS only over https.
import type { Page, Response } from '@playwright/test';
import { expect, signIn, test } from '../fixtures';
import { searchable } from '../../../lib/search-text';

const SLUG = 'welt-trump-putin';

/** Collects everything that went wrong on the page: policy violations, console errors, page errors. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__cspViolation', (what: string) => problems.push(`CSP violation: ${what}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

function directives(response: Response): Map<string, string[]> {
  const policy = response.headers()['content-security-policy'];
  expect(policy, `CSP of ${response.url()}`).toBeTruthy();
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name, values]));
}

/** The page's policy is the strict one, with a nonce that every script element of the page carries. */
async function expectStrictPolicy(page: Page, response: Response) {
  const policy = directives(response);
  const scripts = policy.get('script-src') ?? [];
  const nonce = scripts.find((value) => value.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, 'a nonce in script-src').toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['strict-transport-security']).toBeUndefined();
  // Next.js put the nonce on every script it wrote into the page; none is without it.
  const written = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(written.length).toBeGreaterThan(0);
  expect(written.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
  // In the document, a script has that nonce, or it is one of this site's chunks that those
  // scripts added later (the interface language's messages, loaded on demand), which
  // 'strict-dynamic' lets them load: nothing else runs.
  const elements = await page.locator('script').evaluateAll((all) =>
    all.map((element) => ({ nonce: (element as HTMLScriptElement).nonce, written: element.hasAttribute('nonce'), src: (element as HTMLScriptElement).src })),
  );
  expect(elements.filter((script) => script.written && script.nonce !== nonce)).toEqual([]);
  const origin = new URL(response.url()).origin;
  expect(elements.filter((script) => !script.written && !(script.src.startsWith(`${origin}/_next/static/chunks/`) && script.src.endsWith('.js')))).toEqual([]);
  // No inline event handler anywhere.
  const handlers = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((element) => Array.from(element.attributes).filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `${element.tagName}[${attribute.name}]`)),
  );
  expect(handlers).toEqual([]);
}

const pages: Array<[name: string, path: string, use: (page: Page) => Promise<void>, expected?: RegExp]> = [
  ['documents', '/', (page) => expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible()],
  [
    'workbench with history and comments open',
    `/documents/${SLUG}/de`,
    async (page) => {
      const row = page.getByRole('region', { name: 'Paragraph 9', exact: true });
      await row.getByRole('button', { name: 'History' }).click();
      await expect(row.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible();
      await row.getByRole('button', { name: /^Comments/ }).click();
      await expect(row.getByRole('region', { name: 'Comments' })).toBeVisible();
    },
  ],
  ['Arabic workbench', `/documents/${SLUG}/ar`, (page) => expect(page.getByRole('textbox', { name: 'Arabic translation of paragraph 1', exact: true })).toBeVisible()],
  ['compare view', `/documents/${SLUG}/compare?langs=de,fr,uk,ar`, (page) => expect(page.getByRole('textbox', { name: 'Arabic translation of paragraph 1', exact: true })).toBeVisible()],
  // The queue's word diffs are computed in the browser again, where ICU may split words unlike
  // Node's (issue 17, point 3): a hydration mismatch that is not the policy's. Remove once fixed.
  ['review queue', `/documents/${SLUG}/de/review`, (page) => expect(page.getByRole('article').first()).toBeVisible(), /^page error: Minified React error #418;/],
  ['activity', `/documents/${SLUG}/activity`, (page) => expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible()],
  ['import', `/documents/${SLUG}/de/import`, (page) => expect(page.getByLabel('XLIFF file')).toBeVisible()],
  ['export', `/documents/${SLUG}/de/export`, (page) => expect(page.getByRole('link', { name: 'Download XLIFF' })).toBeVisible()],
  ['glossary', '/glossary?lang=de', (page) => expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible()],
  ['translation memory', '/memory?lang=de&q=Kiew', (page) => expect(page.getByRole('heading', { name: 'Translation memory', level: 1 })).toBeVisible()],
  ['API documentation', '/api-docs', (page) => expect(page.getByRole('heading', { name: 'Redline REST API', level: 1 })).toBeVisible()],
  // Chromium reports the page's own 404 on the console; nothing else may show there.
  ['a page that does not exist', '/no-such-page', (page) => expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible(), /^console error: Failed to load resource: the server responded with a status of 404/],
];

test('the sign-in page', async ({ page }) => {
  const problems = await watch(page);
  const response = (await page.goto('/login'))!;
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectStrictPolicy(page, response);
  expect(problems).toEqual([]);
});

for (const [name, path, use, expected] of pages) {
  test(name, async ({ page }) => {
    const problems = await watch(page);
    await signIn(page, 'editor@example.com');
    const response = (await page.goto(path))!;
    await use(page);
    await expectStrictPolicy(page, response);
    expect(problems.filter((problem) => !expected?.test(problem))).toEqual([]);
  });
}

test('the reader and the edition comparison', async ({ page, story, db }) => {
  const doc = await story(['Attack on Kyiv', 'At least eight people died.'], ['de']);
  const editor = await db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } });
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    const version = await db.translationVersion.create({
      data: { paragraphId: paragraph.id, languageCode: 'de', number: 1, ...searchable(['Angriff auf Kiew', 'Mindestens acht Menschen starben.'][index]), authorId: editor.id, sourceVersionId: paragraph.sourceVersionId },
    });
    await db.review.create({ data: { translationVersionId: version.id, sourceVersionId: paragraph.sourceVersionId, reviewerId: editor.id, decision: 'approved' } });
  }
  const problems = await watch(page);
  await signIn(page, 'editor@example.com');
  for (let i = 0; i < 2; i++) expect((await page.request.post(`/api/documents/${doc.slug}/editions?lang=de`)).status()).toBe(201);
  let response = (await page.goto(`/read/${doc.slug}/de`))!;
  await expect(page.getByRole('article')).toContainText('Mindestens acht Menschen starben.');
  await expectStrictPolicy(page, response);
  response = (await page.goto(`/read/${doc.slug}/de/compare?from=1&to=2`))!;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectStrictPolicy(page, response);
  expect(problems).toEqual([]);
});

test('a navigation inside the app keeps working under the policy', async ({ page }) => {
  const problems = await watch(page);
  await signIn(page, 'editor@example.com');
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('each page load gets its own nonce', async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const policy = (await request.get('/login')).headers()['content-security-policy'];
    nonces.add(/'nonce-([^']+)'/.exec(policy)![1]);
  }
  expect(nonces.size).toBe(3);
});

test('API answers carry nosniff, the referrer policy and a policy that allows nothing', async ({ page }) => {
  await signIn(page, 'editor@example.com');
  for (const path of ['/api/documents', '/api/openapi.json', '/api/no-such-route']) {
    const headers = (await page.request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('same-origin');
    expect(headers['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
});

test('over https (as a proxy reports it) pages and API answers add Strict-Transport-Security', async ({ page }) => {
  await signIn(page, 'editor@example.com');
  const https = { 'x-forwarded-proto': 'https' };
  for (const path of ['/login', '/', '/api/documents']) {
    const headers = (await page.request.get(path, { headers: https })).headers();
    expect(headers['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
  }
  const policy = (await page.request.get('/login', { headers: https })).headers()['content-security-policy'];
  expect(policy).toContain('upgrade-insecure-requests');
});

test('the site icon is served, as /favicon.ico and as the icon the pages name', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/login');
  const favicon = await page.request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\//);
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons.length).toBeGreaterThan(0);
  for (const href of icons) expect((await page.request.get(href)).status(), href).toBe(200);
  expect(problems).toEqual([]);
});
