// Memory suggestions are asked once per paragraph and kept in the page: focusing a text box again
// does not ask the server again; a change to the paragraph's English does.
import { expect, signIn, test } from '../fixtures';
import { expectHydrated } from '../hydration';

test('memory suggestions: asked once per paragraph, again when its English changes', async ({ page, story }) => {
  const english = 'Mayor Vitali Klitschko wrote on Telegram that residential buildings in several districts in Kyiv had been hit.';
  const doc = await story(['Klitschko', english, 'Kyiv'], ['de']);
  const paragraph = doc.paragraphs[1];
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`/api/paragraphs/${paragraph.id}/translations/de/suggestions`)) asked.push(request.url());
  });
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  await expectHydrated(page, 'textarea');

  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });
  const other = page.getByRole('textbox', { name: 'German translation of paragraph 3' });
  const memory = row.getByRole('region', { name: 'Translation memory' });
  await box.focus();
  // The WELT article's paragraph 14 was approved against this sentence and more.
  await expect(memory).toContainText('Bürgermeister Vitali Klitschko');
  for (let i = 0; i < 3; i++) {
    await other.focus();
    await box.focus();
  }
  await expect(memory).toContainText('Bürgermeister Vitali Klitschko');
  expect(asked).toHaveLength(1);

  // An editor elsewhere updates the English: the row learns it live and asks for the new English.
  const updated = await page.request.post(`/api/paragraphs/${paragraph.id}/source-versions`, {
    data: { text: `${english} Two people were injured.`, baseVersionId: paragraph.sourceVersionId },
  });
  expect(updated.status()).toBe(201);
  await expect.poll(() => asked.length).toBe(2);
  await expect(memory).toContainText('Bürgermeister Vitali Klitschko');
  await other.focus();
  await box.focus();
  await expect(memory).toBeVisible();
  expect(asked).toHaveLength(2);
});
