// Two app servers on one PostgreSQL behave as one: sessions, saves, conflicts and live updates
// cross from one to the other.
import { request, test, expect, type APIRequestContext } from '@playwright/test';
import { startInstance, type AppInstance } from './app-instance';

const SLUG = 'welt-trump-putin';
const A = `http://127.0.0.1:${process.env.REDLINE_INSTANCE_A_PORT}`;
let b: AppInstance;

test.beforeAll(async () => {
  b = await startInstance(process.env.REDLINE_INSTANCE_B_PORT!);
});
test.afterAll(async () => {
  await b?.stop();
});

async function signedIn(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/auth/sign-in/email', { data: { email, password: 'redline-demo' } });
  expect(response.status(), `sign-in on ${baseURL}`).toBe(200);
  return api;
}

type Paragraph = { id: string; position: number; translation: { versionId: string; text: string } | null };

async function germanParagraph(api: APIRequestContext, position: number): Promise<Paragraph> {
  const response = await api.get(`/api/documents/${SLUG}?lang=de`);
  expect(response.status()).toBe(200);
  const { paragraphs } = (await response.json()) as { paragraphs: Paragraph[] };
  return paragraphs.find((paragraph) => paragraph.position === position)!;
}

test('a session made on one instance is valid on the other', async () => {
  const onA = await signedIn(A, 'translator.de@example.com');
  const { cookies } = await onA.storageState();
  const onB = await request.newContext({ baseURL: b.url, storageState: { cookies, origins: [] } });
  const session = await (await onB.get('/api/auth/get-session')).json();
  expect(session?.user?.email).toBe('translator.de@example.com');
  expect((await onB.get(`/api/documents/${SLUG}?lang=de`)).status()).toBe(200);
});

test('a save on the first instance is read at once through the second, and a stale save there gets 409', async () => {
  const onA = await signedIn(A, 'translator.de@example.com');
  const onB = await signedIn(b.url, 'translator.de@example.com');
  const before = await germanParagraph(onB, 6);
  const url = `/api/paragraphs/${before.id}/translations/de/versions`;

  const text = `Gespeichert auf Instanz A um ${new Date().toISOString()}.`;
  const saved = await onA.post(url, { data: { text, baseVersionId: before.translation!.versionId } });
  expect(saved.status()).toBe(201);
  const version = await saved.json();

  const seenOnB = await germanParagraph(onB, 6);
  expect(seenOnB.translation).toMatchObject({ versionId: version.versionId, text });

  const stale = await onB.post(url, { data: { text: 'Veraltet auf Instanz B.', baseVersionId: before.translation!.versionId } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ error: 'conflict', current: { versionId: version.versionId, text } });
  const history = await (await onA.get(url)).json();
  expect(history.map((entry: { text: string }) => entry.text)).not.toContain('Veraltet auf Instanz B.');
});

test('a browser on the second instance sees a save made on the first without reloading', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: b.url });
  const page = await context.newPage();
  const signIn = await page.request.post('/api/auth/sign-in/email', { data: { email: 'editor@example.com', password: 'redline-demo' } });
  expect(signIn.status()).toBe(200);
  await page.goto(`/documents/${SLUG}/de`);
  const box = page.getByRole('textbox', { name: 'German translation of paragraph 7', exact: true });
  await expect(box).toBeVisible();
  // Events sent before the page's stream is open are not replayed: wait for it.
  await expect(page.locator('[data-live="open"]')).toHaveCount(1);
  // Set on this very document: a reload or navigation would lose it.
  await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));

  const onA = await signedIn(A, 'translator.de@example.com');
  const paragraph = await germanParagraph(onA, 7);
  const text = `Live von Instanz A: ${Date.now()}.`;
  const saved = await onA.post(`/api/paragraphs/${paragraph.id}/translations/de/versions`, {
    data: { text, baseVersionId: paragraph.translation!.versionId },
  });
  expect(saved.status()).toBe(201);

  await expect(box).toHaveValue(text);
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
  await context.close();
});

test('who is editing on one instance shows on the row in a browser on the other', async ({ browser }) => {
  const translator = await browser.newContext({ baseURL: A });
  const editor = await browser.newContext({ baseURL: b.url });
  const onA = await translator.newPage();
  const onB = await editor.newPage();
  for (const [page, email] of [[onA, 'translator.de@example.com'], [onB, 'editor@example.com']] as const) {
    expect((await page.request.post('/api/auth/sign-in/email', { data: { email, password: 'redline-demo' } })).status()).toBe(200);
    await page.goto(`/documents/${SLUG}/de`);
    await expect(page.locator('[data-live="open"]')).toHaveCount(1);
  }
  const row = onB.getByRole('region', { name: 'Paragraph 8', exact: true });
  await onA.getByRole('textbox', { name: 'German translation of paragraph 8', exact: true }).focus();
  await expect(row.getByText('Katharina Weber is editing')).toBeVisible();
  await onA.getByRole('textbox', { name: 'German translation of paragraph 8', exact: true }).blur();
  await expect(row.getByText('Katharina Weber is editing')).toHaveCount(0);
  await translator.close();
  await editor.close();
});
