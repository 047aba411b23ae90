// On a slow device the sign-in form shows before its scripts run. A click then must not submit
// the form natively (a GET would put the password in the address, the history and the logs):
// the button waits for the scripts, and the form would POST in any case.
import { DEMO_PASSWORD, expect, test } from '../fixtures';

test('the sign-in button waits for the page to be interactive, and the password never reaches a URL', async ({ page }) => {
  const addresses: string[] = [];
  page.on('request', (request) => addresses.push(request.url()));
  let releaseScripts: () => void = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route('**/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });

  await page.goto('/login', { waitUntil: 'commit' });
  const button = page.getByRole('button', { name: 'Sign in' });
  await expect(button).toBeDisabled();
  await expect(page.locator('form')).toHaveAttribute('method', 'post');
  await page.getByLabel('Email').fill('translator.de@example.com');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);

  releaseScripts();
  await expect(button).toBeEnabled({ timeout: 30_000 });
  await button.click();
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible({ timeout: 30_000 });
  expect(addresses.filter((url) => url.includes(encodeURIComponent(DEMO_PASSWORD)) || url.includes(DEMO_PASSWORD))).toEqual([]);
});
