// The import preview's lists match its summary: the "Skipped" list holds exactly the units the
// summary counts as skipped, each with its reason, and the unchanged paragraphs are said apart.
import { expect, signIn, test } from '../fixtures';
import { setTarget, splitIntoSegments } from '../../support/xliff-edit';
import { searchable } from '../../../lib/search-text';

test('units skipped for different reasons are listed one each under Skipped, as many as the summary says', async ({ page, story, db }) => {
  const doc = await story(['Headline', 'Changed later.', 'Left alone.', 'Half done. Second sentence.', 'To translate.', 'Also left alone.'], ['de']);
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  const [p1, p2, , p4, p5] = doc.paragraphs;
  await db.translationVersion.create({ data: { paragraphId: p1.id, languageCode: 'de', number: 1, ...searchable('Schlagzeile'), authorId: german.id, sourceVersionId: p1.sourceVersionId } });
  await signIn(page, 'translator.de@example.com');
  const exported = await page.request.get(`/api/documents/${doc.slug}/export?lang=de&format=xliff`);
  expect(exported.status()).toBe(200);
  let xml = await exported.text();
  xml = setTarget(xml, p2.id, 'Später geändert.');
  await db.sourceVersion.create({ data: { paragraphId: p2.id, number: 2, ...searchable('Changed later, indeed.') } });
  xml = splitIntoSegments(xml, p4.id, [
    { source: 'Half done.', target: 'Halb fertig.' },
    { source: 'Second sentence.', target: null },
  ]);
  xml = setTarget(xml, p5.id, 'Zu übersetzen.');
  xml = xml.replace('</file>', '<unit id="added-by-the-tool"><segment><source>New.</source><target>Neu.</target></segment></unit>\n  </file>');

  await page.goto(`/documents/${doc.slug}/de/import`);
  await page.getByLabel('XLIFF file').setInputFiles({ name: 'back.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xml) });
  await page.getByRole('button', { name: 'Preview import' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toHaveText('1 paragraph will get a new German version; 1 unchanged, 5 skipped. Nothing has changed yet.');

  const skipped = preview.getByRole('list', { name: 'Skipped (5)' }).getByRole('listitem');
  await expect(skipped).toHaveText([
    /^Paragraph 2: Source changed since export\./,
    /^Paragraph 3: No translation in the file\./,
    /^Paragraph 4: Partly translated\./,
    /^Paragraph 6: No translation in the file\./,
    /^Unit added-by-the-tool: Unknown unit\./,
  ]);
  // The unchanged paragraph is neither changed nor skipped: said apart from both lists.
  await expect(preview.getByText('No change: paragraph 1')).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'No change' })).toHaveCount(0);
});
