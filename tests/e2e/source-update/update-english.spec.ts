import { searchable } from '../../../lib/search-text';
import { expect, signIn, test } from '../fixtures';

test('an editor updates the English of a story through the workbench, and the translator sees Outdated with the English diff', async ({ page, browser, story, db }) => {
  const doc = await story(['Attack on Kyiv', 'At least eight people died in Kyiv.', 'Rescue work went on through the night.'], ['de']);
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  const editorUser = await db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } });
  const paragraph = doc.paragraphs[1];
  const version = await db.translationVersion.create({
    data: { paragraphId: paragraph.id, languageCode: 'de', number: 1, ...searchable('Mindestens acht Menschen starben in Kiew.'), authorId: german.id, sourceVersionId: paragraph.sourceVersionId },
  });
  await db.review.create({ data: { translationVersionId: version.id, sourceVersionId: paragraph.sourceVersionId, reviewerId: editorUser.id, decision: 'approved' } });

  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  await page.getByRole('navigation', { name: 'Document' }).getByRole('link', { name: 'Update English' }).click();
  await expect(page.getByRole('heading', { name: 'Update the English' })).toBeVisible();
  await page.getByLabel('Format').selectOption('text');
  await page
    .getByRole('textbox', { name: 'New text' })
    .fill(['Attack on Kyiv', 'The Kremlin answered on Thursday morning.', 'At least nine people died in Kyiv.', 'Rescue work went on through the night.'].join('\n'));
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('region', { name: 'What the update does' });
  await expect(preview.getByRole('status')).toHaveText('Unchanged: 2 · Changed: 1 · Moved: 0 · New: 1 · Removed: 0');
  const changed = preview.getByRole('region', { name: 'Paragraph 3' });
  await expect(changed).toContainText('Changed');
  await expect(changed.locator('del')).toHaveText('eight');
  await expect(changed.locator('ins')).toHaveText('nine');
  await expect(preview.getByRole('region', { name: 'Paragraph 2' }).locator('ins')).toHaveText('The Kremlin answered on Thursday morning.');
  await expect(preview.getByText('1 unchanged paragraph (1)')).toBeVisible();
  // A preview writes nothing.
  expect(await db.sourceVersion.count({ where: { paragraph: { documentId: doc.id } } })).toBe(3);

  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('region', { name: 'Updated' }).getByRole('status')).toContainText('the English is at revision 2');
  await expect(page.getByRole('button', { name: 'Apply' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the German workbench' }).click();
  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true })).toContainText('The Kremlin answered on Thursday morning.');
  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true }).getByText('Untranslated', { exact: true })).toBeVisible();

  // The translator's German for the changed paragraph reads Outdated, with the English diff.
  const translator = await (await browser.newContext()).newPage();
  await signIn(translator, 'translator.de@example.com');
  await translator.goto(`/documents/${doc.slug}/de`);
  const row = translator.getByRole('region', { name: 'Paragraph 3', exact: true });
  await expect(row.getByText('Outdated', { exact: true })).toBeVisible();
  await expect(row.locator('del', { hasText: 'eight' })).toBeVisible();
  await expect(row.locator('ins', { hasText: 'nine' })).toBeVisible();
  await expect(row.getByRole('textbox', { name: 'German translation of paragraph 3' })).toHaveValue('Mindestens acht Menschen starben in Kiew.');
  await expect(translator.getByRole('navigation', { name: 'Document' }).getByRole('link', { name: 'Update English' })).toHaveCount(0);
  await translator.context().close();
});

test('when someone updated the English in between, Apply is refused in the interface language and nothing changes', async ({ browser, story, db }) => {
  const doc = await story(['Attack on Kyiv', 'At least eight people died in Kyiv.'], ['de']);
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de/source`);
  await page.getByRole('textbox', { name: 'Neuer Text' }).fill('Attack on Kyiv\nAt least nine people died in Kyiv.');
  await page.getByRole('button', { name: 'Vorschau' }).click();
  await expect(page.getByRole('region', { name: 'Was die Aktualisierung ändert' }).getByRole('status')).toContainText('Geändert: 1');

  // Meanwhile the CMS sends its own update.
  const cms = await browser.newContext();
  await signIn(await cms.newPage(), 'editor@example.com');
  const sent = await cms.request.put(`/api/documents/${doc.slug}/source`, { data: { format: 'text', content: 'Attack on Kyiv\nAt least ten people died in Kyiv.', baseRevision: 1 } });
  expect(sent.status()).toBe(200);
  await cms.close();

  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Stand 2' })).toHaveText(/Stand 2\. Öffnen Sie die Vorschau erneut/);
  const texts = await db.sourceVersion.findMany({ where: { paragraphId: doc.paragraphs[1].id }, orderBy: { number: 'asc' }, select: { text: true } });
  expect(texts.map((row) => row.text)).toEqual(['At least eight people died in Kyiv.', 'At least ten people died in Kyiv.']);

  // A new preview lines the text up with the current English.
  await page.getByRole('button', { name: 'Vorschau' }).click();
  const changed = page.getByRole('region', { name: 'Absatz 2' });
  await expect(changed.locator('del')).toHaveText('ten');
  await expect(changed.locator('ins')).toHaveText('nine');
  await context.close();
});
