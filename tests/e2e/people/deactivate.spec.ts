// Deactivating a person ends their session at once: their open page's next call gets 401, their
// sign-in is refused with a message that says why; reactivating lets them back in.
import { expect, signIn, test } from '../fixtures';
import { apiAs, personWithPassword } from './people-support';

test('a deactivated translator’s open workbench gets 401s at once and sign-in is refused', async ({ page, browser, story, playwright, baseURL }) => {
  const doc = await story(['Headline', 'At least eight people died.'], ['de']);
  const adminApi = await apiAs(playwright, baseURL!, 'admin@example.com');
  const person = await personWithPassword(adminApi, 'translator', ['de']);

  const theirs = await browser.newContext();
  const translator = await theirs.newPage();
  expect((await translator.request.post('/api/auth/sign-in/email', { data: { email: person.email, password: person.password } })).status()).toBe(200);
  await translator.goto(`/documents/${doc.slug}/de`);
  const paragraph = translator.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(paragraph.getByRole('textbox', { name: 'German translation of paragraph 2' })).toBeEditable();

  // The admin deactivates them on /admin/users.
  await signIn(page, 'admin@example.com');
  await page.goto('/admin/users');
  page.on('dialog', (dialog) => dialog.accept());
  const row = page.getByRole('row', { name: new RegExp(person.name) });
  await row.getByRole('button', { name: `Deactivate ${person.name}` }).click();
  await expect(row.getByRole('cell', { name: 'Deactivated' })).toBeVisible();

  // Their open page: the next save is refused as signed out, and so is any API call.
  await paragraph.getByRole('textbox', { name: 'German translation of paragraph 2' }).fill('Mindestens acht Menschen starben.');
  await paragraph.getByRole('button', { name: 'Save' }).click();
  // (The machine-translation panel, asked when the box got the focus, may say the same.)
  await expect(paragraph.getByText(/^Not saved: Your session has ended/)).toBeVisible();
  const call = await translator.request.get('/api/documents');
  expect(call.status()).toBe(401);
  expect(await call.json()).toMatchObject({ error: 'not_signed_in' });

  // Signing in again is refused, with the reason.
  await translator.goto('/login');
  await translator.getByLabel('Email').fill(person.email);
  await translator.getByLabel('Password').fill(person.password);
  await translator.getByRole('button', { name: 'Sign in' }).click();
  await expect(translator.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('This account has been deactivated. Ask an admin of your newsroom.');

  // Reactivated, they sign in again.
  await row.getByRole('button', { name: `Reactivate ${person.name}` }).click();
  await expect(row.getByRole('cell', { name: 'Active' })).toBeVisible();
  await translator.getByRole('button', { name: 'Sign in' }).click();
  await expect(translator).toHaveURL(`${baseURL}/`);
  await theirs.close();
  await adminApi.dispose();
});
