import { expect, signIn, test } from '../fixtures';
import { apiAs, openLiveWorkbench, stillTheSamePage } from './live-support';

test('an update of the whole English reaches an open workbench: new paragraphs appear and the rest move down, without a reload', async ({ page, playwright, baseURL, story }) => {
  const doc = await story(['Headline', 'At least eight people died.', 'Rescue work went on.'], ['de']);
  const cms = await apiAs(playwright, baseURL!, 'editor@example.com');
  await signIn(page, 'translator.de@example.com');
  await openLiveWorkbench(page, `/documents/${doc.slug}/de`);
  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true })).toContainText('At least eight people died.');

  const sent = await cms.put(`/api/documents/${doc.slug}/source`, {
    data: { format: 'text', content: 'Headline\nThe Kremlin answered.\nAt least eight people died.', baseRevision: 1 },
  });
  expect(sent.status(), await sent.text()).toBe(200);
  expect(await sent.json()).toMatchObject({ unchanged: 2, added: 1, removed: 1, revision: 2 });

  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true })).toContainText('The Kremlin answered.');
  await expect(page.getByRole('region', { name: 'Paragraph 3', exact: true })).toContainText('At least eight people died.');
  await expect(page.getByRole('region', { name: 'Paragraph 4', exact: true })).toHaveCount(0);
  await expect(page.getByText('Rescue work went on.')).toHaveCount(0);
  expect(await stillTheSamePage(page)).toBe(true);
  await cms.dispose();
});
