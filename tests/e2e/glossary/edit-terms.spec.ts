// An editor keeps the German glossary: adds a term, is told when it is there already, changes
// it (or thinks better of it), and deletes it. Terms are named per test run, so other tests'
// terms in the same glossary do not matter.
import { expect, signIn, test } from '../fixtures';

test('an editor adds, changes and deletes a glossary term', async ({ page }) => {
  const term = `Zeitenwende ${Date.now().toString(36)}`;
  await signIn(page, 'editor@example.com');
  await page.goto('/glossary?lang=de');
  const table = page.getByRole('table', { name: 'English to German glossary' });
  const add = page.getByRole('form', { name: 'New term' });

  // Added: a row of its own, the form emptied.
  await add.getByRole('textbox', { name: 'English term' }).fill(term);
  await add.getByRole('textbox', { name: 'German term' }).fill('Zeitenwende');
  await add.getByRole('textbox', { name: 'Note' }).fill('Scholz, 2022');
  await add.getByRole('button', { name: 'Add term' }).click();
  const row = table.getByRole('row', { name: new RegExp(term) });
  await expect(row.getByRole('cell', { name: 'Zeitenwende', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Scholz, 2022' })).toBeVisible();
  await expect(add.getByRole('textbox', { name: 'English term' })).toHaveValue('');

  // The same term again is refused with the reason, and what was typed stays.
  await add.getByRole('textbox', { name: 'English term' }).fill(term);
  await add.getByRole('textbox', { name: 'German term' }).fill('Epochenbruch');
  await add.getByRole('button', { name: 'Add term' }).click();
  // Next.js's route announcer is an alert too, an empty one.
  const refusal = page.getByRole('alert').filter({ hasText: /\S/ });
  await expect(refusal).toHaveText(`The glossary already has "${term}" for de.`);
  await expect(add.getByRole('textbox', { name: 'English term' })).toHaveValue(term);

  // Opened for changing and cancelled: the row is back as it was.
  await row.getByRole('button', { name: `Edit ${term}` }).click();
  const edit = page.getByRole('form', { name: `Edit ${term}` });
  await expect(edit.getByRole('textbox', { name: 'English term' })).toHaveValue(term);
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByRole('cell', { name: 'Zeitenwende', exact: true })).toBeVisible();

  // Changed to a term kept in English: the row says so, the form closes, the refusal is gone.
  await row.getByRole('button', { name: `Edit ${term}` }).click();
  await edit.getByRole('checkbox', { name: 'Do not translate' }).check();
  await edit.getByRole('button', { name: 'Save term' }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByRole('cell', { name: 'do not translate' })).toBeVisible();
  await expect(refusal).toHaveCount(0);

  // Deleted once confirmed.
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe(`Delete "${term}" from the German glossary?`);
    void dialog.accept();
  });
  await row.getByRole('button', { name: `Delete ${term}` }).click();
  await expect(table.getByRole('row', { name: new RegExp(term) })).toHaveCount(0);
});
