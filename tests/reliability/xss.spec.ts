// Script injection: payloads from the OWASP XSS Filter Evasion Cheat Sheet are stored through the
// API as a document's English and title, translations, comments, a rejection comment and glossary
// terms; then every page that shows them is opened in Chromium, with the panels that the client
// renders from the API (History, Comments) opened too. Nothing may execute: no dialog, no call of
// the marker function, no element of the payloads in the DOM. The exports must carry them as
// escaped text: XML that parses to the same text, JSON strings, plain text served as text/plain.
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../../scripts/bench/app-server';
import { makeDocument, shared } from './support';

// Each payload, if it ran, would call __xss(n) (or alert, or navigate to javascript:).
const PAYLOADS = [
  `<script>__xss(1)</script>`,
  `<IMG SRC="javascript:__xss(2);">`,
  `<img src=x onerror="__xss(3)">`,
  `<svg/onload=__xss(4)>`,
  `"><script>__xss(5)</script>`,
  `'';!--"<XSS>=&{()}`,
  `<iframe src="javascript:__xss(7)"></iframe>`,
  `<a href="javascript:__xss(8)">click</a>`,
  `<body onload=__xss(9)>`,
  `<IMG SRC=javascript:__xss(&quot;10&quot;)>`,
  `<<SCRIPT>__xss(11);//<</SCRIPT>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__xss(12)></style></mglyph></table></mtext></math>`,
  `<details open ontoggle=__xss(13)>`,
  `</textarea><script>__xss(14)</script>`,
  `{{constructor.constructor('__xss(15)')()}}`,
  `<div style="background:url(javascript:__xss(16))">`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+__xss(17)//'>`,
  `<object data="data:text/html;base64,PHNjcmlwdD5fX3hzcygxOCk8L3NjcmlwdD4=">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__xss(19)">`,
  `$` + `{__xss(20)}`,
];

// A word to find each payload by, shown beside it, so the test knows the page really showed it.
const marked = (payload: string, i: number) => `Payload${i} ${payload}`;

async function guard(page: Page) {
  const fired: string[] = [];
  await page.exposeFunction('__xssFired', (what: string) => fired.push(what));
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__xss = (n: unknown) => (w.__xssFired as (s: string) => void)(`__xss(${n})`);
  });
  page.on('dialog', async (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return fired;
}

/** No element, attribute or URL from a payload made it into the DOM as markup. */
async function expectInert(page: Page) {
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (['xss', 'iframe', 'object', 'embed', 'mglyph', 'svg', 'math'].includes(tag) && !element.closest('[data-icon], .icon')) {
        if (tag !== 'svg' || element.outerHTML.includes('__xss')) found.push(tag);
      }
      if (tag === 'script' && element.textContent?.includes('__xss(') && !element.textContent.includes('self.__next_f')) found.push('script');
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on') && attribute.value.includes('__xss')) found.push(`${tag}[${attribute.name}]`);
        if (/^\s*javascript:/i.test(attribute.value) && ['href', 'src', 'data', 'action', 'formaction'].includes(attribute.name)) found.push(`${tag}[${attribute.name}=javascript:]`);
      }
    }
    return found;
  });
  expect(injected).toEqual([]);
}

let slug = '';

test.beforeAll(async () => {
  const { url, databaseFile } = shared();
  const doc = await makeDocument(
    databaseFile,
    PAYLOADS.map((payload, i) => marked(payload, i + 1)),
    `XSS title <script>__xss(0)</script><img src=x onerror=__xss(0)>`,
  );
  slug = doc.slug;
  const editor = await signIn(url, 'editor@example.com');
  const versions: string[] = [];
  for (const [i, paragraph] of doc.paragraphs.entries()) {
    const saved = await editor.request('POST', `/api/paragraphs/${paragraph.id}/translations/de/versions`, { text: marked(PAYLOADS[i], i + 1), baseVersionId: null });
    expect(saved.status, saved.text).toBe(201);
    versions.push(saved.json.versionId);
    const comment = await editor.request('POST', `/api/paragraphs/${paragraph.id}/translations/de/comments`, { text: marked(PAYLOADS[(i + 3) % PAYLOADS.length], i + 1) });
    expect(comment.status, comment.text).toBe(201);
  }
  for (const [i, payload] of PAYLOADS.slice(0, 8).entries()) {
    // The term's source is a payload that stands in the English, so the workbench marks it there.
    const term = await editor.request('POST', '/api/glossary', { targetLang: 'de', source: payload, target: `${payload} T${i}`, note: payload });
    expect([201, 400], term.text).toContain(term.status);
  }
  const approveAll = async () => {
    for (const versionId of versions) {
      const approved = await editor.request('POST', `/api/translation-versions/${versionId}/approve`, { comment: PAYLOADS[2], overrideReason: PAYLOADS[0] });
      expect([200, 201], approved.text).toContain(approved.status);
    }
  };
  await approveAll();
  expect((await editor.request('POST', `/api/documents/${slug}/editions?lang=de`)).status).toBe(201);
  // A second edition that differs, for the edition redline.
  const changed = await editor.request('POST', `/api/paragraphs/${doc.paragraphs[1].id}/translations/de/versions`, {
    text: `${marked(PAYLOADS[1], 2)} <script>__xss(99)</script> added`,
    baseVersionId: versions[1],
  });
  versions[1] = changed.json.versionId;
  await approveAll();
  expect((await editor.request('POST', `/api/documents/${slug}/editions?lang=de`)).status).toBe(201);
  // The English is corrected (outdated + source diff), and a paragraph is rejected with a payload.
  const source = await editor.request('POST', `/api/paragraphs/${doc.paragraphs[2].id}/source-versions`, {
    text: `${marked(PAYLOADS[2], 3)} <svg/onload=__xss(98)>`,
    baseVersionId: doc.paragraphs[2].sourceVersionId,
  });
  expect(source.status, source.text).toBe(201);
  const third = await editor.request('POST', `/api/paragraphs/${doc.paragraphs[0].id}/translations/de/versions`, { text: `${PAYLOADS[4]} v2`, baseVersionId: versions[0] });
  expect((await editor.request('POST', `/api/translation-versions/${third.json.versionId}/reject`, { comment: PAYLOADS[13] })).status).toBe(201);
});

const PAGES = () => [
  '/',
  `/documents/${slug}/de`,
  `/documents/${slug}/de/review`,
  `/documents/${slug}/compare?langs=de,fr`,
  `/documents/${slug}/activity`,
  `/documents/${slug}/de/export`,
  `/documents/${slug}/de/import`,
  `/glossary?lang=de`,
  `/memory?lang=de&q=Payload3`,
  `/read/${slug}/de`,
  `/read/${slug}/de?edition=1`,
  `/read/${slug}/de/compare?from=1&to=2`,
];

test('no payload executes on any page that shows them', async ({ page, baseURL }) => {
  const { url } = shared();
  const fired = await guard(page);
  const signedIn = await page.request.post(`${url}/api/auth/sign-in/email`, {
    data: { email: 'editor@example.com', password: 'redline-demo' },
    headers: { origin: url },
  });
  expect(signedIn.status()).toBe(200);
  void baseURL;
  for (const path of PAGES()) {
    const response = await page.goto(`${url}${path}`);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    // The page shows the payloads (as text), so the test is not vacuous.
    expect(await page.content(), `${path} shows the payloads`).toMatch(/__xss\(|&lt;script|Payload\d/);
    await expectInert(page);
    expect(fired, path).toEqual([]);
  }

  // The panels the client renders from the API: History (with diffs) and Comments.
  await page.goto(`${url}/documents/${slug}/de`);
  for (const n of [1, 2, 3]) {
    const region = page.getByRole('region', { name: `Paragraph ${n}`, exact: true });
    await region.getByRole('button', { name: 'History' }).click();
    await expect(region.getByText(/Payload|__xss/).first()).toBeVisible();
    const comments = region.getByRole('button', { name: /Comments/ });
    if (await comments.count()) await comments.first().click();
  }
  await page.waitForLoadState('networkidle');
  await expectInert(page);
  // Hovering and focusing would fire onmouseover/onfocus handlers if any were real.
  await page.mouse.move(10, 10);
  await page.mouse.move(400, 400);
  await page.keyboard.press('Tab');
  expect(fired).toEqual([]);
});

test('exports carry the payloads as escaped text', async () => {
  const { url } = shared();
  const editor = await signIn(url, 'editor@example.com');
  const get = (format: string) => fetch(`${url}/api/documents/${slug}/export?lang=de&format=${format}`, { headers: { cookie: editor.cookie } });

  const xliff = await get('xliff');
  expect(xliff.status).toBe(200);
  const xml = await xliff.text();
  // Well-formed, and the payloads come back as the very text that was saved.
  const errors: string[] = [];
  const parsed = new DOMParser({ onError: (level: string, message: string) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'application/xml');
  expect(errors).toEqual([]);
  const targets = Array.from(parsed.getElementsByTagName('target')).map((element) => element.textContent);
  for (const [i, payload] of PAYLOADS.entries()) {
    if (i === 0 || i === 1 || i === 2) continue; // changed, rejected or re-sourced above
    expect(targets).toContain(marked(payload, i + 1));
  }
  expect(xml).not.toContain('<script>');
  expect(xml).not.toMatch(/<img|<svg|<iframe/i);

  const i18next = await get('i18next');
  expect(i18next.status).toBe(200);
  const json = JSON.parse(await i18next.text());
  expect(JSON.stringify(json)).toContain(JSON.stringify(marked(PAYLOADS[5], 6)).slice(1, -1));

  for (const format of ['text', 'markdown']) {
    const response = await get(format);
    if (response.status === 400) continue; // the format is not offered
    expect(response.status, format).toBe(200);
    // Served as a download of plain text, never as HTML a browser would render.
    expect(response.headers.get('content-type') ?? '', format).not.toMatch(/html/i);
    expect(response.headers.get('content-disposition') ?? '', format).toMatch(/attachment/i);
    await response.arrayBuffer();
  }
});
