// Helpers of the live-update tests: a signed-in API client of its own (another person, another
// "browser"), and opening a workbench whose event stream is connected, with a marker on window
// that a reload would erase.
import type { APIRequestContext, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { DEMO_PASSWORD, expect } from '../fixtures';

export async function apiAs(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL });
  expect((await api.post('/api/auth/sign-in/email', { data: { email, password: DEMO_PASSWORD } })).status(), `sign-in as ${email}`).toBe(200);
  return api;
}

export async function openLiveWorkbench(page: Page, path: string) {
  await page.goto(path);
  // Events sent before the stream is open are not replayed: wait for it.
  await expect(page.locator('[data-live="open"]')).toHaveCount(1);
  await page.evaluate(() => Object.assign(window, { redlineNotReloaded: true }));
}

/** True while the page has not been reloaded or navigated away since openLiveWorkbench. */
export async function stillTheSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { redlineNotReloaded?: boolean }).redlineNotReloaded === true);
}

export async function saveVersion(api: APIRequestContext, paragraphId: string, lang: string, text: string, baseVersionId: string | null): Promise<{ versionId: string }> {
  const response = await api.post(`/api/paragraphs/${paragraphId}/translations/${lang}/versions`, { data: { text, baseVersionId } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}
