// An editor imports a CSV into the German glossary: the preview lists the new term and changes
// nothing, Import adds it, and the list shows it. The term is named per run.
import { expect, signIn, test } from '../fixtures';

test('an editor previews and imports a glossary CSV and sees the new term in the list', async ({ page }) => {
  const term = `Frontline ${Date.now().toString(36)}`;
  await signIn(page, 'editor@example.com');
  await page.goto('/glossary?lang=de');
  await expect(page.getByRole('link', { name: 'Export TBX' })).toHaveAttribute('href', '/api/glossary/export?lang=de&format=tbx');
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', '/api/glossary/export?lang=de&format=csv');

  const importer = page.getByRole('region', { name: 'Import a glossary file' });
  await importer.getByLabel('Glossary file').setInputFiles({
    name: 'terms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`source,target,note\n"${term}","Frontlinie","east, 2025"\n`),
  });
  await expect(importer.getByRole('radio', { name: 'CSV' })).toBeChecked();
  await importer.getByRole('button', { name: 'Preview import' }).click();

  const preview = importer.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByRole('status')).toHaveText(/^New: 1 · Changed: 0 · Unchanged: \d+ · Problems: 0$/);
  await expect(preview.getByRole('list', { name: 'New terms' }).getByRole('listitem')).toHaveText(`${term} → Frontlinie (east, 2025)`);
  const table = page.getByRole('table', { name: 'English to German glossary' });
  await expect(table.getByRole('row', { name: new RegExp(term) })).toHaveCount(0);

  await importer.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importer.getByRole('region', { name: 'Imported' }).getByRole('status')).toHaveText(/^New: 1 · /);
  const row = table.getByRole('row', { name: new RegExp(term) });
  await expect(row.getByRole('cell', { name: 'Frontlinie', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'east, 2025' })).toBeVisible();
});
