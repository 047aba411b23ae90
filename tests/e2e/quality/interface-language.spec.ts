import { expect, signIn, test } from '../fixtures';

test('a translator with a German interface reads the number check in German, and so does the editor it blocks', async ({ browser, story }) => {
  const doc = await story(['Drone attack', 'In total, Ukraine registered attacks with 215 drones and missiles.'], ['de']);
  const translatorContext = await browser.newContext({ locale: 'de-DE' });
  const translator = await translatorContext.newPage();
  await signIn(translator, 'translator.de@example.com');
  await translator.goto(`/documents/${doc.slug}/de`);
  const row = translator.getByRole('region', { name: 'Absatz 2', exact: true });
  await row.getByRole('textbox', { name: 'Deutsch-Übersetzung von Absatz 2' }).fill('Insgesamt registrierte die Ukraine Angriffe mit 251 Drohnen und Raketen.');
  await row.getByRole('button', { name: 'Speichern' }).click();

  // The answer of the save, worded in the browser.
  const numbers = row.getByRole('region', { name: 'Qualitätsprüfungen von Absatz 2' }).locator('[data-check="numbers"]');
  await expect(numbers).toHaveText('Fehler (Zahlen): Der Ausgangstext hat 215, die Übersetzung stattdessen 251.');
  await expect(numbers).toHaveClass(/qa-error/);
  // The page as the server renders it.
  await translator.reload();
  await expect(numbers).toContainText('Der Ausgangstext hat 215, die Übersetzung stattdessen 251.');
  await translatorContext.close();

  const editorContext = await browser.newContext({ locale: 'de-DE' });
  const editor = await editorContext.newPage();
  await signIn(editor, 'editor@example.com');
  await editor.goto(`/documents/${doc.slug}/de`);
  const editorRow = editor.getByRole('region', { name: 'Absatz 2', exact: true });
  await editorRow.getByRole('button', { name: 'Freigeben', exact: true }).click();
  await expect(editorRow.getByRole('alert')).toHaveText(
    'Die Qualitätsprüfung meldet einen Fehler: Der Ausgangstext hat 215, die Übersetzung stattdessen 251. Korrigieren Sie die Übersetzung oder geben Sie für die Freigabe einen Grund an.',
  );
  await expect(editorRow.getByRole('button', { name: 'Trotz Fehlern freigeben' })).toBeVisible();
  await editorContext.close();
});
