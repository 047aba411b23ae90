import { expect, signIn, test } from '../fixtures';
import { searchable } from '../../../lib/search-text';

test('a wrong number is an error on save, clears when fixed, and blocks approval until then', async ({ browser, story }) => {
  const doc = await story(['Drone attack', 'In total, Ukraine registered attacks with 215 drones and missiles.'], ['de']);
  const translator = await browser.newPage();
  await signIn(translator, 'translator.de@example.com');
  await translator.goto(`/documents/${doc.slug}/de`);
  const row = translator.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });
  await box.fill('Insgesamt registrierte die Ukraine Angriffe mit 251 Drohnen und Raketen.');
  await row.getByRole('button', { name: 'Save' }).click();
  const checks = row.getByRole('region', { name: 'Quality checks of paragraph 2' });
  const numbers = checks.locator('[data-check="numbers"]');
  await expect(numbers).toContainText('215');
  await expect(numbers).toHaveClass(/qa-error/);

  // The editor cannot approve while the error stands.
  const editor = await browser.newPage();
  await signIn(editor, 'editor@example.com');
  await editor.goto(`/documents/${doc.slug}/de`);
  const editorRow = editor.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(editorRow.getByRole('region', { name: 'Quality checks of paragraph 2' })).toContainText('215');
  await editorRow.getByRole('button', { name: 'Approve' }).click();
  await expect(editorRow.getByRole('alert')).toContainText('Quality checks report');
  await expect(editorRow.getByText('In review', { exact: true })).toBeVisible();
  await expect(editorRow.getByRole('button', { name: 'Approve despite errors' })).toBeVisible();

  // The translator fixes the number; the error clears; now the editor can approve.
  await box.fill('Insgesamt registrierte die Ukraine Angriffe mit 215 Drohnen und Raketen.');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');
  await expect(numbers).toHaveCount(0);

  await editor.reload();
  await expect(editorRow.locator('[data-check="numbers"]')).toHaveCount(0);
  await editorRow.getByRole('button', { name: 'Approve' }).click();
  await expect(editorRow.getByText('Approved', { exact: true })).toBeVisible();
});

test('an editor may override an error with a reason, which is recorded', async ({ page, story, db }) => {
  const doc = await story(['Drone attack', 'In total, Ukraine registered attacks with 215 drones and missiles.'], ['de']);
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  const paragraph = doc.paragraphs[1];
  const version = await db.translationVersion.create({
    data: { paragraphId: paragraph.id, languageCode: 'de', number: 1, ...searchable('Insgesamt registrierte die Ukraine Angriffe mit zweihundertfünfzehn Drohnen und Raketen.'), authorId: german.id, sourceVersionId: paragraph.sourceVersionId },
  });
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await row.getByRole('button', { name: 'Approve' }).click();
  await row.getByRole('textbox', { name: 'Reason for approving despite errors' }).fill('House style spells out this number in the lead.');
  await row.getByRole('button', { name: 'Approve despite errors' }).click();
  await expect(row.getByText('Approved', { exact: true })).toBeVisible();
  const review = await db.review.findFirstOrThrow({ where: { translationVersionId: version.id } });
  expect(review.overrideReason).toBe('House style spells out this number in the lead.');
});
