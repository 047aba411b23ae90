// An admin invites a translator at /admin/users; the translator opens the link in a browser of
// their own, sets a password, is signed in, and works in their language. The link works once.
import { randomUUID } from 'node:crypto';
import { expect, signIn, test } from '../fixtures';

test('an admin invites a translator, who sets a password with the link and translates in German', async ({ page, browser, story, baseURL }) => {
  const doc = await story(['Headline', 'At least eight people died.'], ['de', 'fr']);
  const suffix = randomUUID().slice(0, 8);
  const name = `Jana Novak ${suffix}`;
  const email = `jana.${suffix}@newsroom.example`;

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(page, 'admin@example.com');
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Invite a person' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Role').selectOption({ label: 'translator' });
  await form.getByRole('checkbox', { name: 'German' }).check();
  await form.getByRole('button', { name: 'Invite' }).click();

  const linkBox = page.getByRole('textbox', { name: 'Invitation link' });
  await expect(linkBox).toHaveValue(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
  const link = await linkBox.inputValue();
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByRole('cell', { name: 'Invited' })).toBeVisible();
  await expect(row).toContainText('German');

  // The translator, in a browser of their own.
  const theirs = await browser.newContext();
  const translator = await theirs.newPage();
  await translator.goto(link);
  await expect(translator.getByRole('heading', { name: 'Welcome to Redline' })).toBeVisible();
  await expect(translator.getByText(email)).toBeVisible();
  await expect(translator.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  await translator.getByLabel('Password', { exact: true }).fill('a long passphrase');
  await translator.getByLabel('Repeat password').fill('a long passphrase, not');
  await translator.getByRole('button', { name: 'Set password' }).click();
  await expect(translator.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('The two passwords differ.');
  await translator.getByLabel('Repeat password').fill('a long passphrase');
  await translator.getByRole('button', { name: 'Set password' }).click();

  await expect(translator).toHaveURL(`${baseURL}/`);
  await expect(translator.getByRole('banner')).toContainText(name);
  await translator.goto(`/documents/${doc.slug}/de`);
  const paragraph = translator.getByRole('region', { name: 'Paragraph 2', exact: true });
  await paragraph.getByRole('textbox', { name: 'German translation of paragraph 2' }).fill('Mindestens acht Menschen starben.');
  await paragraph.getByRole('button', { name: 'Save' }).click();
  await expect(paragraph.getByText('In review', { exact: true })).toBeVisible();
  // French is not theirs.
  await translator.goto(`/documents/${doc.slug}/fr`);
  await expect(translator.getByRole('textbox', { name: 'French translation of paragraph 2' })).not.toBeEditable();

  // The link worked once; opening it again changes nothing and says why.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByRole('heading', { name: 'This invitation has been used' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Set password' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(name) }).getByRole('cell', { name: 'Active' })).toBeVisible();
  await theirs.close();
});

test('an unknown, a replaced and an expired invitation link each get a page that says so', async ({ browser, db, playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  await admin.post('/api/auth/sign-in/email', { data: { email: 'admin@example.com', password: 'redline-demo' } });
  const suffix = randomUUID().slice(0, 8);
  const first = await (await admin.post('/api/users', { data: { email: `late.${suffix}@newsroom.example`, name: 'Late', role: 'reader', languages: [] } })).json();
  const renewed = await (await admin.post(`/api/users/${first.id}/invitation`)).json();
  const page = await (await browser.newContext()).newPage();

  await page.goto('/invite/not-a-real-token');
  await expect(page.getByRole('heading', { name: 'This invitation link does not work' })).toBeVisible();
  await page.goto(new URL(first.inviteUrl).pathname);
  await expect(page.getByRole('heading', { name: 'This invitation link was replaced' })).toBeVisible();

  await db.invitation.updateMany({ where: { userId: first.id, replacedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await page.goto(new URL(renewed.inviteUrl).pathname);
  await expect(page.getByRole('heading', { name: 'This invitation has expired' })).toBeVisible();
  expect(await db.account.count({ where: { userId: first.id } })).toBe(0);
  await admin.dispose();
});
