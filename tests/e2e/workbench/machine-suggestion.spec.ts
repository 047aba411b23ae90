// A translator takes DeepL's suggestion (the app asks tests/support/fake-deepl.ts, which answers
// "[DE] " and the English): inserts it, edits, saves; History and the review queue say the
// version came from machine translation, and nothing was approved by it.
import { expect, signIn, test } from '../fixtures';
import { expectHydrated } from '../hydration';

test('a translator inserts the machine translation, saves, and History and the review queue say so', async ({ page, story }) => {
  const english = `Talks in Istanbul resumed on Monday (${Date.now()}).`;
  const doc = await story(['Talks', english], ['de']);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  await expectHydrated(page, 'textarea');

  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });
  await box.focus();
  const machine = row.getByRole('region', { name: 'Machine translation' });
  await expect(machine).toContainText('Machine translation · DeepL');
  await expect(machine).toContainText(`[DE] ${english}`);
  // Nothing goes into the box before the translator asks for it.
  await expect(box).toHaveValue('');

  await machine.getByRole('button', { name: 'Insert machine translation' }).click();
  await expect(box).toHaveValue(`[DE] ${english}`);
  await box.fill(`Die Gespräche in Istanbul wurden am Montag fortgesetzt (${english.slice(-15)}`);
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');
  // Inserting a suggestion approves nothing.
  await expect(row.getByText('In review', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: 'History' }).click();
  const latest = row.getByRole('region', { name: 'History' }).getByRole('listitem', { name: 'Version 1' });
  await expect(latest).toContainText('from machine translation (DeepL)');

  await page.goto(`/documents/${doc.slug}/de/review`);
  await expect(page.getByRole('article', { name: 'Paragraph 2' })).toContainText('from machine translation (DeepL)');
});
