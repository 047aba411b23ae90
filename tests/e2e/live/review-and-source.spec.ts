import { expect, signIn, test } from '../fixtures';
import { apiAs, openLiveWorkbench, saveVersion, stillTheSamePage } from './live-support';

test('an approval and a change of the English reach the translator’s open workbench', async ({ page, playwright, baseURL, story }) => {
  const doc = await story(['Headline', 'At least eight people died.'], ['de']);
  const paragraph = doc.paragraphs[1];
  const translatorApi = await apiAs(playwright, baseURL!, 'translator.de@example.com');
  const version = await saveVersion(translatorApi, paragraph.id, 'de', 'Mindestens acht Menschen starben.', null);
  const editor = await apiAs(playwright, baseURL!, 'editor@example.com');

  await signIn(page, 'translator.de@example.com');
  await openLiveWorkbench(page, `/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(row.getByText('In review', { exact: true })).toBeVisible();

  expect((await editor.post(`/api/translation-versions/${version.versionId}/approve`, { data: {} })).status()).toBe(201);
  await expect(row.getByText('Approved', { exact: true })).toBeVisible();
  await expect(row.getByText('Reviewed just now by Daniel Brooks')).toBeVisible();

  const source = await editor.post(`/api/paragraphs/${paragraph.id}/source-versions`, {
    data: { text: 'At least nine people died.', baseVersionId: paragraph.sourceVersionId },
  });
  expect(source.status(), await source.text()).toBe(201);
  await expect(row.getByText('Outdated', { exact: true })).toBeVisible();
  await expect(row.getByText('At least nine people died.', { exact: true })).toBeVisible();
  await expect(row.getByText('English updated just now by Daniel Brooks')).toBeVisible();
  await expect(row.locator('ins', { hasText: 'nine' })).toBeVisible();
  expect(await stillTheSamePage(page)).toBe(true);
  await translatorApi.dispose();
  await editor.dispose();
});

test('an editor editing the English is told when someone else changed it, and cannot overwrite it', async ({ page, playwright, baseURL, story }) => {
  const doc = await story(['Headline', 'At least eight people died.'], ['de']);
  const paragraph = doc.paragraphs[1];
  const admin = await apiAs(playwright, baseURL!, 'admin@example.com');
  await signIn(page, 'editor@example.com');
  await openLiveWorkbench(page, `/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await row.getByRole('button', { name: 'Edit English' }).click();
  await row.getByRole('textbox', { name: 'English text of paragraph 2' }).fill('At least ten people died.');

  const source = await admin.post(`/api/paragraphs/${paragraph.id}/source-versions`, {
    data: { text: 'At least nine people died.', baseVersionId: paragraph.sourceVersionId },
  });
  expect(source.status()).toBe(201);
  await expect(row.getByText('Someone updated this English while you were editing it.', { exact: false })).toBeVisible();
  await expect(row.getByRole('textbox', { name: 'English text of paragraph 2' })).toHaveValue('At least ten people died.');
  await row.getByRole('button', { name: 'Save English' }).click();
  await expect(row.getByRole('alert')).toContainText('changed the English of this paragraph');
  await admin.dispose();
});
