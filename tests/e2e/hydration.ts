// Waiting for React to take over a server-rendered page, without sleeping: on a slow device the
// scripts arrive seconds after the HTML, and text typed or a click made before then is not React's.
import { expect, type Page } from '@playwright/test';

/**
 * Waits until React has hydrated the first element matching `selector` (its DOM node carries a
 * React fiber) and the page has gone idle, by which time a hydration mismatch has been reported.
 */
export async function expectHydrated(page: Page, selector: string) {
  await expect
    .poll(() => page.locator(selector).first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber'))), {
      timeout: 30_000,
    })
    .toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 5000 })));
}

/** Console errors and uncaught page errors, except a missing favicon (reported elsewhere). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Holds every script of the app back until the returned function is called: the page shows its
 * server HTML and stays there, so what it offers before it is interactive can be checked without
 * racing React.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
