// The export, import (with its preview) and API documentation pages pass axe's WCAG 2.1 A and AA
// rules with no serious or critical violation, like every other page.
import { expectAccessible } from '../expect-accessible';
import { expect, signIn, test } from '../fixtures';
import { setTarget } from '../../support/xliff-edit';
import { searchable } from '../../../lib/search-text';

test('export, and import with its preview', async ({ page, story, db }) => {
  const doc = await story(['Attack on Kyiv', 'At least eight people died.'], ['de']);
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  await db.translationVersion.create({
    data: { paragraphId: doc.paragraphs[1].id, languageCode: 'de', number: 1, ...searchable('Mindestens acht Menschen starben.'), authorId: german.id, sourceVersionId: doc.paragraphs[1].sourceVersionId },
  });
  await signIn(page, 'translator.de@example.com');

  await page.goto(`/documents/${doc.slug}/de/export`);
  await expect(page.getByRole('link', { name: 'Download XLIFF' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download as XLIFF 1.2' })).toHaveAttribute('href', `/api/documents/${doc.slug}/export?lang=de&format=xliff12`);
  await expectAccessible(page, 'export');

  const exported = await (await page.request.get(`/api/documents/${doc.slug}/export?lang=de&format=xliff`)).text();
  const xml = setTarget(setTarget(exported, doc.paragraphs[1].id, 'Mindestens neun Menschen starben.'), doc.paragraphs[0].id, 'Angriff auf Kiew');
  await page.goto(`/documents/${doc.slug}/de/import`);
  await expectAccessible(page, 'import');
  await page.getByLabel('XLIFF file').setInputFiles({ name: 'back.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xml) });
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByRole('region', { name: 'Preview' }).locator('ins').first()).toBeVisible();
  await expectAccessible(page, 'import preview');
});

test('the API documentation', async ({ page }) => {
  // Every operation with its parameters, schemas and examples: axe has thousands of elements
  // to check here, which takes longer than a page of the app on a busy machine.
  test.slow();
  await signIn(page, 'translator.de@example.com');
  await page.goto('/api-docs');
  await expect(page.getByRole('heading', { name: 'Redline REST API', level: 1 })).toBeVisible();
  await expectAccessible(page, 'API documentation');
});
