// An editor brings a newsroom's article into Redline from the page /documents/new: pastes HTML
// as the CMS exports it, previews the paragraphs with their kinds, changes one, and creates the
// document, landing on its first language's workbench. Translators cannot.
import { uniqueName } from '../../support/fixtures';
import { expectAccessible } from '../expect-accessible';
import { expect, signIn, test } from '../fixtures';
import { holdScripts } from '../hydration';

const BODY = 'A storm hit the coast on Monday, cutting power to thousands of homes and closing roads in three counties.';

test('an editor pastes HTML, previews it, changes a kind and creates the document', async ({ page, db }) => {
  const headline = `Storm hits the coast ${uniqueName('e2e')}`;
  const html = `<!DOCTYPE html><html><head><title>${headline} - Coast News</title><script>window.__injected = 'head'</script></head><body>
<!-- exported by the CMS -->
<article class="story">
  <h1 class="story__headline">${headline}</h1>
  <p class="story__byline">By <a rel="author" href="/authors/jane-doe">Jane Doe</a></p>
  <p>${BODY.replace('thousands', '<strong>thousands</strong>')}</p>
  <img src="x" onerror="window.__injected = 'img'" alt="The flooded harbour">
  <h2>What comes next</h2>
  <p>Crews expect to restore power by Wednesday &amp; to reopen the roads soon after, the county said in a statement.</p>
  <script>window.__injected = 'body'</script>
</article></body></html>`;

  await signIn(page, 'editor@example.com');
  await page.goto('/');
  await page.getByRole('link', { name: 'New article' }).click();
  await expect(page.getByRole('heading', { name: 'New article', level: 1 })).toBeVisible();

  // Asking for a preview before choosing a language is answered next to the form.
  await page.getByLabel('Format').selectOption({ label: 'HTML as a CMS exports it' });
  await page.getByRole('textbox', { name: 'Article text' }).fill(html);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Choose at least one language to translate into.');

  await page.getByRole('checkbox', { name: 'German (Deutsch)' }).check();
  await page.getByRole('checkbox', { name: 'Ukrainian (Українська)' }).check();
  await page.getByLabel('Deadline (optional)').fill('2030-01-15T18:00');
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('region', { name: 'Preview' });
  const kinds = ['headline', 'byline', 'standfirst', 'subheading', 'body'];
  for (const [index, kind] of kinds.entries()) {
    await expect(preview.getByRole('combobox', { name: `Kind of paragraph ${index + 1}`, exact: true })).toHaveValue(kind);
  }
  await expect(preview.getByRole('combobox', { name: 'Kind of paragraph 6', exact: true })).toHaveCount(0);
  await expect(preview.getByRole('listitem').nth(2)).toContainText(BODY);
  await expect(preview).toContainText('5 paragraphs');
  // What was left out, and why: the scripts, the comment, the image with its alternative text.
  const dropped = preview.getByRole('list').last();
  await expect(dropped.getByRole('listitem').filter({ hasText: 'program code' })).toHaveCount(2);
  await expect(dropped.getByRole('listitem').filter({ hasText: 'comment in the HTML' })).toContainText('exported by the CMS');
  await expect(dropped.getByRole('listitem').filter({ hasText: 'image' })).toContainText('The flooded harbour');
  // The title comes from the headline.
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(headline);
  await expectAccessible(page, 'new article with its preview');

  // The editor decides the first paragraph after the byline is body text, not a standfirst.
  await preview.getByRole('combobox', { name: 'Kind of paragraph 3', exact: true }).selectOption({ label: 'Body' });
  await expect(preview.getByRole('listitem').nth(2)).toContainText('changed');

  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page).toHaveURL(/\/documents\/storm-hits-the-coast-e2e-[0-9a-f]{8}\/de$/);
  await expect(page.getByRole('region', { name: 'Paragraph 1', exact: true })).toContainText(headline);
  await expect(page.getByRole('region', { name: 'Paragraph 3', exact: true })).toContainText(BODY);
  await expect(page.getByRole('region', { name: 'Paragraph 5', exact: true })).toContainText('Crews expect to restore power by Wednesday & to reopen');
  await expect(page.getByRole('textbox', { name: 'German translation of paragraph 5' })).toHaveValue('');
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();

  const slug = new URL(page.url()).pathname.split('/')[2];
  const stored = await db.document.findUniqueOrThrow({
    where: { slug },
    select: {
      title: true,
      deadline: true,
      languages: { select: { languageCode: true } },
      paragraphs: { orderBy: { position: 'asc' }, select: { kind: true, sourceVersions: { select: { text: true } } } },
    },
  });
  expect(stored.title).toBe(headline);
  expect(stored.deadline).not.toBeNull();
  expect(stored.languages.map((l) => l.languageCode).sort()).toEqual(['de', 'uk']);
  expect(stored.paragraphs.map((p) => p.kind)).toEqual(['headline', 'byline', 'body', 'subheading', 'body']);
  expect(stored.paragraphs.map((p) => p.sourceVersions[0].text).join('\n')).not.toMatch(/[<>]|__injected|onerror|jane-doe/);
});

test('errors are told in the interface language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await signIn(page, 'editor@example.com');
  await page.goto('/documents/new');
  await page.getByRole('textbox', { name: 'Artikeltext' }).fill(`Schlagzeile ${uniqueName('x')}\nText.`);
  await page.getByRole('checkbox', { name: 'Deutsch (Deutsch)' }).check();
  await page.getByRole('button', { name: 'Vorschau' }).click();
  await expect(page.getByRole('region', { name: 'Vorschau' })).toContainText('2 Absätze');
  // An article of only markup is empty: the server says why, the page says it in German.
  await page.getByLabel('Format').selectOption('html');
  await page.getByRole('textbox', { name: 'Artikeltext' }).fill('<script>alert(1)</script><!-- nichts -->');
  await page.getByRole('button', { name: 'Vorschau' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Der Artikel enthält keinen Text. Fügen Sie ihn in den Artikeltext ein.');
  await context.close();
});

test('a translator sees no link to a new article and cannot open the page', async ({ page }) => {
  await signIn(page, 'translator.de@example.com');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New article' })).toHaveCount(0);
  await page.goto('/documents/new');
  await expect(page.getByRole('heading', { name: 'You cannot create documents', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveCount(0);
  const refused = await page.request.post('/api/documents', { data: { format: 'text', content: 'Headline\nBody.', languages: ['de'] } });
  expect(refused.status()).toBe(403);
});

test('until the form is interactive its controls wait, so the format picked is the one previewed', async ({ page }) => {
  await signIn(page, 'editor@example.com');
  // The scripts are held back until the waiting controls have been checked.
  const releaseScripts = await holdScripts(page);
  await page.goto('/documents/new', { waitUntil: 'commit' });
  const format = page.getByLabel('Format');
  await expect(format).toBeVisible();
  await expect(format).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Article text' })).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Preview' })).toBeDisabled();

  releaseScripts();
  await format.selectOption({ label: 'HTML as a CMS exports it' });
  await page.getByRole('textbox', { name: 'Article text' }).fill('<h1>Harbour reopens</h1><p class="byline">By Jane Doe</p><p>The harbour reopened on Tuesday, two days after the storm.</p>');
  await page.getByRole('checkbox', { name: 'German (Deutsch)' }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('combobox', { name: 'Kind of paragraph 2', exact: true })).toHaveValue('byline');
  await expect(preview).toContainText('3 paragraphs');
});
