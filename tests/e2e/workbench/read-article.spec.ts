import { expect, test } from '../fixtures';

test('a German translator signs in and reads the whole article beside its German translation', async ({ page }) => {
  await page.goto('/documents/welt-trump-putin/de');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Email').fill('translator.de@example.com');
  await page.getByLabel('Password').fill('redline-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/documents\/welt-trump-putin\/de$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side');
  const paragraphs = page.getByRole('region', { name: /^Paragraph \d+$/ });
  await expect(paragraphs).toHaveCount(25);

  const first = page.getByRole('region', { name: 'Paragraph 1', exact: true });
  await expect(first).toContainText('Thursday, April 24, 2025');
  await expect(first.getByRole('textbox', { name: 'German translation of paragraph 1', exact: true })).toHaveValue('Donnerstag, 24. April 2025');

  const last = page.getByRole('region', { name: 'Paragraph 25', exact: true });
  await expect(last).toContainText('This concerns the regions of Luhansk, Donetsk, Zaporizhia, and Kherson');
  await expect(last.getByRole('textbox', { name: 'German translation of paragraph 25' })).toHaveValue(/Luhansk, Donezk, Saporischschja und Cherson/);

  for (const [n, status] of [[1, 'Approved'], [9, 'Rejected'], [14, 'Outdated'], [13, 'In review']] as const) {
    await expect(page.getByRole('region', { name: `Paragraph ${n}`, exact: true }).getByText(status, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Paragraph 9', exact: true })).toContainText('Rejected by Daniel Brooks');
  await expect(first.getByRole('button', { name: 'Save' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'History' })).toBeVisible();
});

test('the documents page shows progress per language, and the language switch leads to Arabic, right to left', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('translator.de@example.com');
  await page.getByLabel('Password').fill('redline-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  // Other tests add documents of their own (the list is paged, newest first): find the WELT article.
  await page.getByRole('searchbox', { name: /Search/ }).fill('Pretty Big Concession');
  await page.getByRole('searchbox', { name: /Search/ }).press('Enter');
  const welt = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Pretty Big Concession/ }) });
  const german = welt.getByRole('row', { name: /German/ });
  await expect(german).toContainText('13 of 25');
  await german.getByRole('link').click();

  await page.getByRole('navigation', { name: 'Target language' }).getByRole('link', { name: 'Arabic' }).click();
  await expect(page).toHaveURL(/\/documents\/welt-trump-putin\/ar$/);
  const box = page.getByRole('textbox', { name: 'Arabic translation of paragraph 2', exact: true });
  await expect(box).toHaveAttribute('dir', 'rtl');
  await expect(box).toHaveValue(/ترامب/);
  const last = page.getByRole('region', { name: 'Paragraph 25', exact: true });
  await expect(last.getByRole('textbox', { name: 'Arabic translation of paragraph 25', exact: true })).toHaveValue(/لوغانسك ودونيتسك وزابوريجيا وخيرسون/);
  await expect(last.getByText('In review', { exact: true })).toBeVisible();
  // A German translator reads Arabic but cannot change it.
  await expect(box).toHaveAttribute('readonly', '');
  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true }).getByRole('button', { name: 'Save' })).toHaveCount(0);
});

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('translator.de@example.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/login/);
});

test('an unknown language or document shows the not-found page', async ({ page }) => {
  await page.request.post('/api/auth/sign-in/email', { data: { email: 'editor@example.com', password: 'redline-demo' } });
  for (const path of ['/documents/welt-trump-putin/xx', '/documents/no-such-story/de']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  }
});
