// Every page that shows word diffs renders the same diff on the server and in the browser: no
// hydration error (React #418) and no other error in the console, with the seeded article and
// with texts that Node's and Chromium's ICU segment differently ("A.Bürgermeister", emoji,
// Arabic, Chinese). Issue 17, point 3.
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures';
import { expectHydrated, watchErrors } from '../hydration';

async function api(baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  expect((await context.post('/api/auth/sign-in/email', { data: { email: 'editor@example.com', password: 'redline-demo' } })).status()).toBe(200);
  return context;
}

async function save(editor: APIRequestContext, paragraphId: string, text: string, baseVersionId: string | null): Promise<string> {
  const response = await editor.post(`/api/paragraphs/${paragraphId}/translations/de/versions`, { data: { text, baseVersionId } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).versionId;
}

async function approve(editor: APIRequestContext, versionId: string) {
  const response = await editor.post(`/api/translation-versions/${versionId}/approve`, { data: { overrideReason: 'Test data.' } });
  expect(response.ok(), await response.text()).toBe(true);
}

async function publish(editor: APIRequestContext, slug: string) {
  const response = await editor.post(`/api/documents/${slug}/editions?lang=de`);
  expect(response.status(), await response.text()).toBe(201);
}

const HARD = {
  approved: 'Laut A. Bürgermeister kamen drei Menschen. قال ترامب «تنازل» 特朗普看到让步。',
  edition2: 'Laut A.Bürgermeister kamen 3 Menschen 👍🏽. قال ترامب «تنازل كبير جدا» 特朗普看到巨大让步。',
  inReview: 'Laut A.Bürgermeister kamen 4 Menschen 👨‍👩‍👧 🇺🇦.\tقال ترامب «تنازل كبير» 特朗普说：巨大让步。',
};

test('pages with diffs of hard texts hydrate without errors: workbench, history, review queue, edition compare', async ({ page, baseURL, story }) => {
  const doc = await story(['Headline', 'Mayor A. Smith said three people came.', 'Kyiv reported new attacks.'], ['de']);
  const [, body, outdated] = doc.paragraphs;
  const editor = await api(baseURL!);

  // Edition 1, then edition 2 with the hard text, then the English changes under both body
  // paragraphs, and the body's translation is revised (in review) while the last stays outdated.
  const headlineV1 = await save(editor, doc.paragraphs[0].id, 'Überschrift', null);
  const bodyV1 = await save(editor, body.id, HARD.approved, null);
  const outdatedV1 = await save(editor, outdated.id, 'Kyjiw meldete neue Angriffe 🚀.', null);
  for (const version of [headlineV1, bodyV1, outdatedV1]) await approve(editor, version);
  await publish(editor, doc.slug);
  const bodyV2 = await save(editor, body.id, HARD.edition2, bodyV1);
  await approve(editor, bodyV2);
  await publish(editor, doc.slug);
  for (const [paragraph, text] of [
    [body, 'Mayor A.Smith said 3 people came 👍🏽.'],
    [outdated, 'Kyiv reported new attacks, the U.S.A.officials said.'],
  ] as const) {
    const response = await editor.post(`/api/paragraphs/${paragraph.id}/source-versions`, { data: { text, baseVersionId: paragraph.sourceVersionId } });
    expect(response.status(), await response.text()).toBe(201);
  }
  await save(editor, body.id, HARD.inReview, bodyV2);
  await editor.dispose();

  const errors = watchErrors(page);
  await page.request.post('/api/auth/sign-in/email', { data: { email: 'editor@example.com', password: 'redline-demo' } });

  // The workbench: the English diffs of both paragraphs and the diff since approval.
  await page.goto(`/documents/${doc.slug}/de`);
  const bodyRow = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(bodyRow.locator('.word-diff del').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Paragraph 3', exact: true }).locator('.word-diff ins').first()).toBeVisible();
  await expectHydrated(page, '.word-diff');
  expect(errors).toEqual([]);
  await bodyRow.getByRole('button', { name: 'History' }).click();
  await expect(bodyRow.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(3);
  await expect(bodyRow.getByRole('region', { name: 'History' }).locator('ins').first()).toBeVisible();
  expect(errors).toEqual([]);

  // The review queue: the revised paragraph and the outdated one.
  await page.goto(`/documents/${doc.slug}/de/review`);
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article').locator('del').first()).toBeVisible();
  await expectHydrated(page, '.word-diff');
  expect(errors).toEqual([]);

  // The redline between the two editions.
  await page.goto(`/read/${doc.slug}/de/compare`);
  await expect(page.locator('ins').first()).toBeVisible();
  await expectHydrated(page, '.word-diff');
  expect(errors).toEqual([]);
});

test('the seeded article’s pages with diffs hydrate without errors', async ({ page }) => {
  const errors = watchErrors(page);
  await page.request.post('/api/auth/sign-in/email', { data: { email: 'editor@example.com', password: 'redline-demo' } });
  await page.goto('/documents/welt-trump-putin/de');
  // Paragraph 14 is outdated: its English diff shows.
  const outdated = page.getByRole('region', { name: 'Paragraph 14', exact: true });
  await expect(outdated.locator('.word-diff').first()).toBeVisible();
  await expectHydrated(page, '.word-diff');
  expect(errors).toEqual([]);
  await outdated.getByRole('button', { name: 'History' }).click();
  await expect(outdated.getByRole('region', { name: 'History' })).toBeVisible();
  expect(errors).toEqual([]);

  await page.goto('/documents/welt-trump-putin/de/review');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectHydrated(page, '.word-diff');
  expect(errors).toEqual([]);
});
