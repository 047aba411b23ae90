import { addTranslation } from '../../support/fixtures';
import { expect, ON_SLOW_DEVICE, signIn, test } from '../fixtures';

test('a translator saves, reloads, finds the text, and sees the change as a word diff in History', ON_SLOW_DEVICE, async ({ page, story }) => {
  const doc = await story(['Drone attack', 'In total, Ukraine registered attacks with 215 drones and missiles.']);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);

  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });
  await expect(row.getByText('Untranslated', { exact: true })).toBeVisible();
  await box.fill('Insgesamt registrierte die Ukraine Angriffe mit 251 Drohnen und Raketen.');
  await expect(row.getByRole('status')).toHaveText('Unsaved changes');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');
  await expect(row.getByText('In review', { exact: true })).toBeVisible();

  // A second edit, saved from the keyboard.
  await box.fill('Insgesamt registrierte die Ukraine Angriffe mit 215 Drohnen und Raketen.');
  await box.press('Control+Enter');
  await expect(row.getByRole('status')).toHaveText('Saved');

  await page.reload();
  await expect(box).toHaveValue('Insgesamt registrierte die Ukraine Angriffe mit 215 Drohnen und Raketen.');
  await row.getByRole('button', { name: 'History' }).click();
  const history = row.getByRole('region', { name: 'History' });
  const latest = history.getByRole('listitem', { name: 'Version 2' });
  await expect(latest).toContainText('Katharina Weber');
  await expect(latest.locator('del')).toHaveText('251');
  await expect(latest.locator('ins')).toHaveText('215');
  await expect(history.getByRole('listitem', { name: 'Version 1' }).locator('ins')).toHaveText(
    'Insgesamt registrierte die Ukraine Angriffe mit 251 Drohnen und Raketen.',
  );
});

test('reverting to an older version saves its text as a new version', async ({ page, story }) => {
  const doc = await story(['Headline', 'At least eight people died.']);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });
  await box.fill('Mindestens acht Menschen starben.');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');
  await box.fill('Mindestens acht Menschen kamen ums Leben.');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');

  await row.getByRole('button', { name: 'History' }).click();
  const history = row.getByRole('region', { name: 'History' });
  // Each button names the version it goes back to; the current version has none.
  await expect(history.getByRole('button', { name: /^Revert to version/ })).toHaveCount(1);
  await history.getByRole('listitem', { name: 'Version 1' }).getByRole('button', { name: 'Revert to version 1' }).click();
  await expect(box).toHaveValue('Mindestens acht Menschen starben.');
  const revert = history.getByRole('listitem', { name: 'Version 3' });
  await expect(revert).toContainText('(current)');
  // Labelled as a revert beside its author (the buttons of the older versions are no label).
  await expect(revert.locator('.version-meta')).toContainText('Revert to version 1');
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('button', { name: 'Revert to version 2' })).toBeVisible();

  // The label survives a reload: the revert is stored as one.
  await page.reload();
  await row.getByRole('button', { name: 'History' }).click();
  await expect(history.getByRole('listitem', { name: 'Version 3' }).locator('.version-meta')).toContainText('Revert to version 1');
  await expect(history.getByRole('listitem', { name: 'Version 2' }).locator('.version-meta')).not.toContainText('Revert to version');
});

test('Esc closes History and puts the focus back on its button', async ({ page, story, db }) => {
  const doc = await story(['Headline', 'Short line.'], ['de']);
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  await addTranslation(db, doc.paragraphs[1], 'de', 'Kurze Zeile.', german.id);
  await addTranslation(db, doc.paragraphs[1], 'de', 'Eine kurze Zeile.', german.id);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const historyButton = row.getByRole('button', { name: 'History' });
  const history = row.getByRole('region', { name: 'History' });

  // Right after opening it, from its button.
  await historyButton.click();
  await expect(history.getByRole('listitem', { name: 'Version 2' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(history).toHaveCount(0);
  await expect(historyButton).toBeFocused();
  await expect(historyButton).toHaveAttribute('aria-expanded', 'false');

  // From inside it.
  await historyButton.click();
  await history.getByRole('button', { name: 'Revert to version 1' }).focus();
  await page.keyboard.press('Escape');
  await expect(history).toHaveCount(0);
  await expect(historyButton).toBeFocused();
});

test('clearing a translation asks first and keeps the old text in the history', async ({ page, story }) => {
  const doc = await story(['Headline', 'Short line.']);
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/fr`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'French translation of paragraph 2' });
  await box.fill('Ligne courte.');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');

  await box.fill('');
  await row.getByRole('button', { name: 'Save' }).click();
  const confirm = row.getByRole('alertdialog', { name: 'Clear translation' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await row.getByRole('button', { name: 'Save' }).click();
  await row.getByRole('alertdialog', { name: 'Clear translation' }).getByRole('button', { name: 'Clear translation' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');
  await row.getByRole('button', { name: 'History' }).click();
  await expect(row.getByRole('region', { name: 'History' }).getByRole('listitem', { name: 'Version 2' }).locator('del')).toHaveText('Ligne courte.');
});

test('a failed save keeps the text in the box and says why', ON_SLOW_DEVICE, async ({ page, story }) => {
  const doc = await story(['Headline', 'Body.']);
  await signIn(page, 'translator.uk@example.com');
  await page.goto(`/documents/${doc.slug}/uk`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'Ukrainian translation of paragraph 2' });
  await box.fill('Текст, який не можна зберегти\u0007');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('alert')).toContainText('Not saved: The text contains the control character U+0007');
  await expect(box).toHaveValue('Текст, який не можна зберегти\u0007');
});

test('a save that cannot reach the server, or whose session ended, keeps the text and says so in the interface language', ON_SLOW_DEVICE, async ({ browser, story }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Absatz 2', exact: true });
  const box = row.getByRole('textbox', { name: 'Deutsch-Übersetzung von Absatz 2' });
  await box.fill('Text ohne Verbindung.');

  await page.route('**/translations/de/versions', (route) => route.abort('internetdisconnected'));
  await row.getByRole('button', { name: 'Speichern' }).click();
  await expect(row.getByRole('alert')).toHaveText('Nicht gespeichert: Der Server ist nicht erreichbar; es ist nichts verloren. Prüfen Sie die Verbindung und versuchen Sie es erneut.');
  await expect(box).toHaveValue('Text ohne Verbindung.');

  await page.unroute('**/translations/de/versions');
  await context.clearCookies();
  await row.getByRole('button', { name: 'Speichern' }).click();
  await expect(row.getByRole('alert')).toContainText('Ihre Sitzung ist abgelaufen.');
  await expect(box).toHaveValue('Text ohne Verbindung.');
  await context.close();
});
