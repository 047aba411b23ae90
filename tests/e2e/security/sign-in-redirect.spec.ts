// After signing in, the form follows `next` only to a place on this site: the addresses that
// browsers read as another site (a backslash for a slash, tabs dropped, "//host", schemes) end
// on the front page of this one instead.
import { DEMO_PASSWORD, expect, test } from '../fixtures';

const OFF_SITE = ['/%5Cevil.example/x', '//evil.example/x', '/%09/evil.example', '%2F%2Fevil.example', 'https://evil.example/x', 'javascript:alert(1)', '/.//evil.example'];

for (const next of OFF_SITE) {
  test(`signing in with next=${next} stays on this site`, async ({ page, baseURL }) => {
    const site = new URL(baseURL!);
    // Should the browser leave, it finds a page that says so rather than a network error.
    await page.context().route((url) => url.host !== site.host, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Another site</h1>' }));
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`/login?next=${next}`);
    await page.getByLabel('Email').fill('translator.de@example.com');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signing in hashes the password, then the documents page loads: slow on a busy machine.
    await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible({ timeout: 30_000 });
    expect(new URL(page.url()).origin).toBe(site.origin);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(dialogs).toEqual([]);
  });
}

test('signing in with next naming a page of this site goes there', async ({ page }) => {
  await page.goto(`/login?next=${encodeURIComponent('/glossary?lang=de')}`);
  await page.getByLabel('Email').fill('translator.de@example.com');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/glossary\?lang=de$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
});
