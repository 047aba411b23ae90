// Every page passes axe's WCAG 2.1 A and AA rules with no serious or critical violation.
import type { Page } from '@playwright/test';
import { expectAccessible } from '../expect-accessible';
import { expect, signIn, test } from '../fixtures';
import { searchable } from '../../../lib/search-text';

test('sign-in page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page, 'sign-in');
});

// One test per page, each signed in as the editor, who sees the most controls.
const pages: Array<[name: string, path: string, ready: (page: Page) => Promise<void>]> = [
  ['documents', '/', (page) => expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible()],
  [
    'workbench with history and comments open',
    '/documents/welt-trump-putin/de',
    async (page) => {
      const row = page.getByRole('region', { name: 'Paragraph 9', exact: true });
      await row.getByRole('button', { name: 'History' }).click();
      await expect(row.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible();
      await row.getByRole('button', { name: /^Comments/ }).click();
      await expect(row.getByRole('region', { name: 'Comments' })).toBeVisible();
    },
  ],
  ['Arabic workbench', '/documents/welt-trump-putin/ar', (page) => expect(page.getByRole('textbox', { name: 'Arabic translation of paragraph 1', exact: true })).toBeVisible()],
  [
    'compare view with four languages',
    '/documents/welt-trump-putin/compare?langs=de,fr,uk,ar',
    (page) => expect(page.getByRole('textbox', { name: 'Arabic translation of paragraph 1', exact: true })).toBeVisible(),
  ],
  ['review queue', '/documents/welt-trump-putin/de/review', (page) => expect(page.getByRole('article').first()).toBeVisible()],
  ['activity', '/documents/welt-trump-putin/activity', (page) => expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible()],
  ['glossary', '/glossary?lang=de', (page) => expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible()],
  ['translation memory', '/memory?lang=de&q=Kiew', (page) => expect(page.getByRole('heading', { name: 'Translation memory', level: 1 })).toBeVisible()],
];

for (const [name, path, ready] of pages) {
  test(name, async ({ page }) => {
    await signIn(page, 'editor@example.com');
    await page.goto(path);
    await ready(page);
    await expectAccessible(page, name);
  });
}

test('reader and edition comparison', async ({ page, story, db }) => {
  const doc = await story(['Attack on Kyiv', 'At least eight people died.'], ['de']);
  const editor = await db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } });
  const texts = ['Angriff auf Kiew', 'Mindestens acht Menschen starben.'];
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    const version = await db.translationVersion.create({
      data: { paragraphId: paragraph.id, languageCode: 'de', number: 1, ...searchable(texts[index]), authorId: editor.id, sourceVersionId: paragraph.sourceVersionId },
    });
    await db.review.create({ data: { translationVersionId: version.id, sourceVersionId: paragraph.sourceVersionId, reviewerId: editor.id, decision: 'approved' } });
  }
  await signIn(page, 'editor@example.com');
  for (let i = 0; i < 2; i++) expect((await page.request.post(`/api/documents/${doc.slug}/editions?lang=de`)).status()).toBe(201);
  await page.goto(`/read/${doc.slug}/de`);
  await expect(page.getByRole('article')).toContainText('Mindestens acht Menschen starben.');
  await expectAccessible(page, 'reader');
  await page.goto(`/read/${doc.slug}/de/compare?from=1&to=2`);
  await expectAccessible(page, 'edition comparison');
});

test('Update English with its preview', async ({ page, story }) => {
  const doc = await story(['Attack on Kyiv', 'At least eight people died.', 'Rescue work went on.'], ['de']);
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de/source`);
  await page.getByRole('textbox', { name: 'New text' }).fill('Attack on Kyiv\nThe Kremlin answered.\nAt least nine people died.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'What the update does' }).getByRole('status')).toBeVisible();
  await expectAccessible(page, 'update English');
});
