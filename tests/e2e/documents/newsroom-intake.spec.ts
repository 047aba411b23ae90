// A newsroom's first day, end to end: an editor brings in tomorrow's story as its CMS exports it
// (HTML), previews it and creates the document; an admin invites a new German translator; the
// translator follows the invitation link, sets a password, and translates the story's first
// paragraph, which goes to review.
import { randomUUID } from 'node:crypto';
import { expect, signIn, test } from '../fixtures';

test('an editor creates an article from pasted HTML, and a translator invited through the link translates its first paragraph', async ({ browser, baseURL }) => {
  const suffix = randomUUID().slice(0, 8);
  const headline = `Harbour reopens after the storm ${suffix}`;
  const html = `<article><h1>${headline}</h1><p class="byline">By Jane Doe</p>
<p>The harbour reopened on <em>Tuesday</em>, two days after the storm.</p><script>alert(1)</script></article>`;

  // The editor.
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, 'editor@example.com');
  await editor.goto('/documents/new');
  await editor.getByLabel('Format').selectOption({ label: 'HTML as a CMS exports it' });
  await editor.getByRole('textbox', { name: 'Article text' }).fill(html);
  await editor.getByRole('checkbox', { name: 'German (Deutsch)' }).check();
  await editor.getByRole('button', { name: 'Preview' }).click();
  const preview = editor.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('combobox', { name: 'Kind of paragraph 1', exact: true })).toHaveValue('headline');
  await expect(preview.getByRole('combobox', { name: 'Kind of paragraph 2', exact: true })).toHaveValue('byline');
  await expect(preview).toContainText('3 paragraphs');
  await expect(editor.getByRole('textbox', { name: 'Title' })).toHaveValue(headline);
  await editor.getByRole('button', { name: 'Create document' }).click();
  await expect(editor).toHaveURL(/\/documents\/harbour-reopens-after-the-storm-[0-9a-f]{8}\/de$/);
  const workbench = new URL(editor.url()).pathname;

  // The admin invites the translator.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@example.com');
  await admin.goto('/admin/users');
  const invite = admin.getByRole('form', { name: 'Invite a person' });
  await invite.getByLabel('Email').fill(`lena.${suffix}@newsroom.example`);
  await invite.getByLabel('Name').fill(`Lena Vogt ${suffix}`);
  await invite.getByLabel('Role').selectOption({ label: 'translator' });
  await invite.getByRole('checkbox', { name: 'German' }).check();
  await invite.getByRole('button', { name: 'Invite' }).click();
  const link = await admin.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/invite/`));

  // The translator, in a browser of their own.
  const translator = await (await browser.newContext()).newPage();
  await translator.goto(link);
  await translator.getByLabel('Password', { exact: true }).fill('harbour passphrase');
  await translator.getByLabel('Repeat password').fill('harbour passphrase');
  await translator.getByRole('button', { name: 'Set password' }).click();
  await expect(translator.getByRole('banner')).toContainText(`Lena Vogt ${suffix}`);
  await translator.getByRole('searchbox', { name: /Search/ }).fill(suffix);
  await translator.getByRole('searchbox', { name: /Search/ }).press('Enter');
  await translator.getByRole('listitem').filter({ has: translator.getByRole('heading', { name: headline }) }).getByRole('link', { name: /German/ }).first().click();
  await expect(translator).toHaveURL(new RegExp(`${workbench}$`));
  const first = translator.getByRole('region', { name: 'Paragraph 1', exact: true });
  await expect(first).toContainText(headline);
  await first.getByRole('textbox', { name: 'German translation of paragraph 1' }).fill(`Hafen öffnet nach dem Sturm wieder ${suffix}`);
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByText('In review', { exact: true })).toBeVisible();

  // The editor sees the new translation waiting for review.
  await editor.goto(`${workbench}/review`);
  await expect(editor.getByRole('main')).toContainText(`Hafen öffnet nach dem Sturm wieder ${suffix}`);
});
