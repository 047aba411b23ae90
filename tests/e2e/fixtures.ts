// Playwright fixtures: a Prisma client on the test server's database (for tests to create their
// own documents), signing in through the API instead of the login form, and the `slowDevice`
// option, with which every browser context a test opens (the `page` fixture's and those of
// `browser.newPage()` / `browser.newContext()`) gets its scripts late and its CPU throttled.
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { createPrismaClient, type PrismaClient } from '../../lib/server/prisma-client';
import { createDocument, type TestDocument } from '../support/fixtures';

export const DEMO_PASSWORD = 'redline-demo';

export async function signIn(page: Page, email: string) {
  const response = await page.request.post('/api/auth/sign-in/email', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status(), `sign-in as ${email}`).toBe(200);
}

/** A slow phone or an old laptop on a poor connection. */
/**
 * Marks a test that runs once more on the slow device (playwright.config.ts): one whose risk is
 * the browser's timing, what a person types or saves while scripts load late or a request is
 * under way.
 */
export const ON_SLOW_DEVICE = { tag: '@slow-device' };

export type SlowDevice = {
  /** Each script arrives this late: a delay between the two, fixed per script address. */
  scriptDelayMs: [number, number];
  /** Chromium's CPU slowdown factor (CDP Emulation.setCPUThrottlingRate). */
  cpuThrottlingRate: number;
};

type WorkerFixtures = { db: PrismaClient; slowDevice: SlowDevice | null };
type TestFixtures = { story: (paragraphs: string[], languages?: string[]) => Promise<TestDocument> };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  slowDevice: [null, { scope: 'worker', option: true }],
  browser: [
    async ({ browser, slowDevice }, use) => {
      if (slowDevice) slowDownContexts(browser, slowDevice);
      await use(browser);
    },
    { scope: 'worker' },
  ],
  db: [
    async ({}, use) => {
      const db = createPrismaClient(readDatabaseConfig(process.env.REDLINE_E2E_DATABASE_URL));
      await use(db);
      await db.$disconnect();
    },
    { scope: 'worker' },
  ],
  story: async ({ db }, use) => {
    await use((paragraphs, languages) => createDocument(db, { paragraphs, languages }));
  },
});

/**
 * Every context the browser opens from now on delays its scripts, and every page it opens runs
 * on a throttled CPU. browser.newPage() and the `context` fixture both go through newContext.
 */
function slowDownContexts(browser: Browser, device: SlowDevice) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await delayScripts(context, device.scriptDelayMs);
    const newPage = context.newPage.bind(context);
    context.newPage = async () => {
      const page = await newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuThrottlingRate });
      return page;
    };
    return context;
  };
}

async function delayScripts(context: BrowserContext, [min, max]: [number, number]) {
  await context.route('**/*.js', async (route) => {
    // The same script is always as late, so a failure can be run again as it was.
    const delay = min + (hash(new URL(route.request().url()).pathname) % (max - min + 1));
    await new Promise((resolve) => setTimeout(resolve, delay));
    // A test's own routes (registered later) come first; this one only delays. The page may be
    // gone by now (the test ended, or it navigated on): then there is nothing left to answer.
    await route.fallback().catch(() => {});
  });
}

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (Math.imul(h, 31) + char.charCodeAt(0)) >>> 0;
  return h;
}

export { expect };
