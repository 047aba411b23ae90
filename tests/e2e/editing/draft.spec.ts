import { expect, ON_SLOW_DEVICE, signIn, test } from '../fixtures';

test('unsaved text asks before leaving and is offered back after a reload', ON_SLOW_DEVICE, async ({ page, story }) => {
  const doc = await story(['Headline', 'The Kremlin spokesman spoke.']);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });
  await box.fill('Der Kremlsprecher sprach.');

  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);

  await expect(box).toHaveValue('');
  const offer = row.getByRole('group', { name: 'Unsaved draft of paragraph 2' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Restore draft' }).click();
  await expect(box).toHaveValue('Der Kremlsprecher sprach.');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');

  // Once saved, nothing is offered again.
  await page.reload();
  await expect(box).toHaveValue('Der Kremlsprecher sprach.');
  await expect(row.getByRole('group', { name: 'Unsaved draft of paragraph 2' })).toHaveCount(0);
});

test('a restored draft still detects that someone saved in between', ON_SLOW_DEVICE, async ({ browser, story }) => {
  const doc = await story(['Headline', 'Body.']);
  const page = await browser.newPage();
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await row.getByRole('textbox').fill('Mein Entwurf.');
  page.on('dialog', (dialog) => dialog.accept());

  const editor = await browser.newPage();
  await signIn(editor, 'editor@example.com');
  await editor.goto(`/documents/${doc.slug}/de`);
  const editorRow = editor.getByRole('region', { name: 'Paragraph 2', exact: true });
  await editorRow.getByRole('textbox').fill('Fassung der Redaktion.');
  await editorRow.getByRole('button', { name: 'Save' }).click();
  await expect(editorRow.getByRole('status')).toHaveText('Saved');

  await page.reload();
  await row.getByRole('group', { name: 'Unsaved draft of paragraph 2' }).getByRole('button', { name: 'Restore draft' }).click();
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('group', { name: 'Edit conflict' })).toContainText('Daniel Brooks');
});
