import { readFileSync } from 'node:fs';
import { expect, signIn, test } from '../fixtures';
import { setTarget } from '../../support/xliff-edit';
import { searchable } from '../../../lib/search-text';

test('a translator downloads XLIFF, changes it as a CAT tool would, previews the import with its diffs, and applies it', async ({ page, story, db }) => {
  const doc = await story(['Attack on Kyiv', 'At least eight people died.', 'Trump wrote: "Vladimir, STOP!"', 'Not translated so far.'], ['de']);
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  for (const [index, text] of ['Angriff auf Kiew', 'Mindestens acht Menschen starben.', 'Trump schrieb: „Wladimir, STOPP!“'].entries()) {
    const paragraph = doc.paragraphs[index];
    await db.translationVersion.create({
      data: { paragraphId: paragraph.id, languageCode: 'de', number: 1, ...searchable(text), authorId: german.id, sourceVersionId: paragraph.sourceVersionId },
    });
  }
  await signIn(page, 'translator.de@example.com');

  // Export from the workbench's document links.
  await page.goto(`/documents/${doc.slug}/de`);
  await page.getByRole('navigation', { name: 'Document' }).getByRole('link', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download XLIFF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${doc.slug}.de.xlf`);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(exported).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">');

  // In the CAT tool: a correction, a new translation, and one of a paragraph whose English an
  // editor changes in the meantime.
  let xml = setTarget(exported, doc.paragraphs[1].id, 'Mindestens neun Menschen starben.');
  xml = setTarget(xml, doc.paragraphs[2].id, 'Trump schrieb: „Wladimir, HÖR AUF!“');
  xml = setTarget(xml, doc.paragraphs[3].id, 'Bisher nicht übersetzt.');
  await db.sourceVersion.create({ data: { paragraphId: doc.paragraphs[2].id, number: 2, ...searchable('Trump wrote: "Vladimir, STOP!!"') } });

  await page.goto(`/documents/${doc.slug}/de`);
  await page.getByRole('navigation', { name: 'Document' }).getByRole('link', { name: 'Import XLIFF' }).click();
  await expect(page.getByRole('heading', { name: 'Import XLIFF: German' })).toBeVisible();
  await page.getByLabel('XLIFF file').setInputFiles({ name: 'from-the-cat-tool.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xml) });
  await page.getByRole('button', { name: 'Preview import' }).click();

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toHaveText('2 paragraphs will get a new German version; 1 unchanged, 1 skipped. Nothing has changed yet.');
  const corrected = preview.getByRole('region', { name: 'Paragraph 2' });
  await expect(corrected.locator('del')).toHaveText('acht');
  await expect(corrected.locator('ins')).toHaveText('neun');
  await expect(preview.getByRole('region', { name: 'Paragraph 4' }).locator('ins')).toHaveText('Bisher nicht übersetzt.');
  await expect(preview.getByRole('region', { name: 'Paragraph 3' })).toHaveCount(0);
  await expect(preview.getByRole('list', { name: 'Skipped (1)' }).getByRole('listitem')).toHaveText([/^Paragraph 3: Source changed since export\./]);
  await expect(preview.getByText('No change: paragraph 1')).toBeVisible();
  // A preview writes nothing.
  expect(await db.translationVersion.count({ where: { paragraph: { documentId: doc.id } } })).toBe(3);

  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('region', { name: 'Import result' }).getByRole('status')).toHaveText(
    'Imported: 2 paragraphs got a new version, now in review; 1 unchanged, 1 skipped.',
  );
  await expect(page.getByRole('button', { name: 'Apply import' })).toHaveCount(0);
  const versions = await db.translationVersion.findMany({
    where: { paragraph: { documentId: doc.id } },
    orderBy: { createdAt: 'asc' },
    select: { text: true, authorId: true },
  });
  expect(versions.map((version) => version.text).slice(3).sort()).toEqual(['Bisher nicht übersetzt.', 'Mindestens neun Menschen starben.']);
  expect(versions.every((version) => version.authorId === german.id)).toBe(true);

  await page.getByRole('link', { name: 'Back to the German workbench' }).click();
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(row.getByRole('textbox', { name: 'German translation of paragraph 2' })).toHaveValue('Mindestens neun Menschen starben.');
  await expect(page.getByRole('region', { name: 'Paragraph 4', exact: true }).getByText('In review', { exact: true })).toBeVisible();
});

test('a file that is not XLIFF is refused with the reason, and nothing changes', async ({ page, story, db }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de/import`);
  const input = page.getByLabel('XLIFF file');
  // The import form's own alert (Next.js keeps an empty one for route announcements).
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await input.setInputFiles({ name: 'notes.xlf', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?>\n<notes>\n  <note>A & B</note>\n</notes>\n') });
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(alert).toHaveText('The file is not well-formed XML: line 3, column 11: a bare "&"; write &amp; for a literal ampersand.');
  await input.setInputFiles({ name: 'page.xlf', mimeType: 'application/xml', buffer: Buffer.from('<html><body>Hi</body></html>') });
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(alert).toContainText('this is not an XLIFF file: its root element is <html>');
  await expect(page.getByRole('button', { name: 'Apply import' })).toHaveCount(0);
  expect(await db.translationVersion.count({ where: { paragraph: { documentId: doc.id } } })).toBe(0);
});

test('someone who does not translate the language may export but not import', async ({ page, story }) => {
  const doc = await story(['Headline', 'Body.'], ['de', 'fr']);
  await signIn(page, 'translator.fr@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  const links = page.getByRole('navigation', { name: 'Document' });
  await expect(links.getByRole('link', { name: 'Export' })).toBeVisible();
  await expect(links.getByRole('link', { name: 'Import XLIFF' })).toHaveCount(0);
  await page.goto(`/documents/${doc.slug}/de/import`);
  await expect(page.getByText('You do not translate into German, so you cannot import into it.')).toBeVisible();
  await expect(page.getByLabel('XLIFF file')).toHaveCount(0);
});
