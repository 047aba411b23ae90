import { expect, signIn, test } from '../fixtures';

test('two people edit the same paragraph: the second sees who saved, the diff, and saves the merge', async ({ browser, story }) => {
  const doc = await story(['Headline', 'At least eight people died in Kyiv, more than 70 were injured.']);
  const translator = await browser.newPage();
  const editor = await browser.newPage();
  await signIn(translator, 'translator.de@example.com');
  await signIn(editor, 'editor@example.com');

  // Both start from the same first version.
  await translator.goto(`/documents/${doc.slug}/de`);
  const translatorRow = translator.getByRole('region', { name: 'Paragraph 2', exact: true });
  await translatorRow.getByRole('textbox').fill('Mindestens acht Menschen starben in Kiew, mehr als 70 wurden verletzt.');
  await translatorRow.getByRole('button', { name: 'Save' }).click();
  await expect(translatorRow.getByRole('status')).toHaveText('Saved');
  await editor.goto(`/documents/${doc.slug}/de`);
  const editorRow = editor.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(editorRow.getByRole('textbox')).toHaveValue('Mindestens acht Menschen starben in Kiew, mehr als 70 wurden verletzt.');

  // The translator, on the first version, rewords the end (not saved yet)...
  await translatorRow.getByRole('textbox').fill('Mindestens acht Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.');

  // ...while the editor fixes the death toll and saves first. (Had the translator not been
  // typing, the open workbench would simply have taken the editor's version.)
  await editorRow.getByRole('textbox').fill('Mindestens neun Menschen starben in Kiew, mehr als 70 wurden verletzt.');
  await editorRow.getByRole('button', { name: 'Save' }).click();
  await expect(editorRow.getByRole('status')).toHaveText('Saved');

  await translatorRow.getByRole('button', { name: 'Save' }).click();
  const conflict = translatorRow.getByRole('group', { name: 'Edit conflict' });
  await expect(conflict).toContainText('Daniel Brooks saved version 2');
  await expect(conflict).toContainText('Mindestens neun Menschen starben in Kiew, mehr als 70 wurden verletzt.');
  await expect(conflict.locator('ins').first()).toBeVisible();
  await conflict.getByRole('button', { name: 'Save merged text' }).click();

  await expect(conflict).toHaveCount(0);
  await expect(translatorRow.getByRole('textbox')).toHaveValue('Mindestens neun Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.');
  await expect(translatorRow.getByRole('status')).toHaveText('Saved');
  await editor.reload();
  await expect(editorRow.getByRole('textbox')).toHaveValue('Mindestens neun Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.');
});

test('keeping theirs discards my edit without saving anything', async ({ browser, story }) => {
  const doc = await story(['Headline', 'Body text.']);
  const mine = await browser.newPage();
  const theirs = await browser.newPage();
  await signIn(mine, 'translator.fr@example.com');
  await signIn(theirs, 'editor@example.com');
  await mine.goto(`/documents/${doc.slug}/fr`);
  await theirs.goto(`/documents/${doc.slug}/fr`);
  // I am typing when they save.
  const myRow = mine.getByRole('region', { name: 'Paragraph 2', exact: true });
  await myRow.getByRole('textbox').fill('Mon texte.');
  const theirRow = theirs.getByRole('region', { name: 'Paragraph 2', exact: true });
  await theirRow.getByRole('textbox').fill('Texte de l’éditeur.');
  await theirRow.getByRole('button', { name: 'Save' }).click();
  await expect(theirRow.getByRole('status')).toHaveText('Saved');

  await myRow.getByRole('button', { name: 'Save' }).click();
  await myRow.getByRole('group', { name: 'Edit conflict' }).getByRole('button', { name: 'Keep theirs' }).click();
  await expect(myRow.getByRole('textbox')).toHaveValue('Texte de l’éditeur.');
  await myRow.getByRole('button', { name: 'History' }).click();
  await expect(myRow.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(1);
});
