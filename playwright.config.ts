// End-to-end tests: Debian's Chromium against the built app, started by `npm start` exactly as a
// user starts it, on a free port with its own fresh database: a SQLite file, or, when
// REDLINE_E2E_POSTGRES_URL names a PostgreSQL server (scripts/test/run-all.ts sets it), a new
// database on that server (npm start creates and migrates it).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Project } from '@playwright/test';
import type { SlowDevice } from './tests/e2e/fixtures';
import { chromiumLaunchOptions, freePortSync } from './tests/support/playwright-setup';

// The config is loaded by the runner and again by every worker; the runner picks the port and
// the database once and hands them to the workers through the environment.
if (!process.env.REDLINE_E2E_PORT) {
  process.env.REDLINE_E2E_PORT = freePortSync();
  const postgres = process.env.REDLINE_E2E_POSTGRES_URL;
  if (postgres) {
    const url = new URL(postgres);
    url.pathname = `/redline_e2e_${process.env.REDLINE_E2E_PORT}_${Date.now()}`;
    process.env.REDLINE_E2E_DATABASE_URL = url.toString();
  } else {
    const dir = path.resolve('tests/.tmp');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `e2e-${process.env.REDLINE_E2E_PORT}.db`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    process.env.REDLINE_E2E_DATABASE_URL = `file:${file}`;
  }
}

// The fake DeepL's port, picked once like the app's (the workers inherit it).
process.env.REDLINE_E2E_DEEPL_PORT ||= freePortSync();
const port = process.env.REDLINE_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;
/** A stand-in for DeepL's API (tests/support/fake-deepl.ts): the app's machine translation asks it. */
const deeplURL = `http://127.0.0.1:${process.env.REDLINE_E2E_DEEPL_PORT}`;
const DEEPL_KEY = 'e2e-only-deepl-key:fx';

/**
 * The tests marked ON_SLOW_DEVICE (tests/e2e/fixtures.ts) once more on a slow device: every
 * script 0.5 to 3 s late and the CPU 4x slower, so what a person types or saves while the page
 * loads, or while a save or a reload is under way, is tested too: typing while loading and while
 * saving, failed saves, drafts, conflicts and merges, and "Approve all shown" waiting for every
 * redline to be on screen. Those whose risk is the server's side and not the browser's timing
 * run on the default project only: the review round, a revert, History's keys, clearing a
 * translation (they took 10 of this project's 26 worker-minutes in CI, the review round 5). The
 * throttled renderer uses the CPU it gets, so the project shares the default one's two workers.
 * Only with SQLite: what it tests is the browser's side, which does not depend on the database.
 */
type Fixtures = object;
type WorkerOptions = { slowDevice: SlowDevice | null };
const slowDevice: Project<Fixtures, WorkerOptions> = {
  name: 'slow-device',
  grep: /@slow-device/,
  use: { slowDevice: { scriptDelayMs: [500, 3_000], cpuThrottlingRate: 4 } },
  // Each page load waits up to 3 s for its scripts, hydrates 4x slower and then prefetches its
  // links on the same slow CPU: 6-15 s on this 2-core machine with 2 workers, and the review
  // round loads a page a dozen times. What a test expects after a reload of the page's data (a
  // live update, a save's refresh) waits for a whole-page render on the throttled CPU: 30 s (20 s
  // was passed once in CI, by the review round's update of the English beside another slow test).
  timeout: 300_000,
  expect: { timeout: 30_000 },
};

/**
 * What the PostgreSQL run leaves out: tests of the browser's side, whose outcome does not depend
 * on the database: axe, security headers, the sign-in redirect's parsing, keyboard use, the
 * diff's hydration, the interface language, typing while the scripts load or a save is under way,
 * forms waiting for scripts, local drafts, the workbench's filter, the merge of a conflict (the
 * refused save itself is in editing/conflict.spec.ts), long texts in the box, the quality checks'
 * display, who-is-editing (across two servers on PostgreSQL: tests/instances), the API's
 * reference page, and reading the article and the compare view (every test here reads them).
 * They run on SQLite; the services they call run on PostgreSQL in its integration tests.
 */
const BROWSER_ONLY = [
  'accessibility/**',
  'interchange/accessibility.spec.ts',
  'people/accessibility.spec.ts',
  'security/security-headers.spec.ts',
  'security/sign-in-redirect.spec.ts',
  'security/sign-in-before-scripts.spec.ts',
  'keyboard/**',
  'diff/**',
  'workbench/interface-language.spec.ts',
  'quality/interface-language.spec.ts',
  'quality/numbers-check.spec.ts',
  'editing/typing-while-loading.spec.ts',
  'editing/typing-while-saving.spec.ts',
  'editing/forms-wait-for-scripts.spec.ts',
  'editing/draft.spec.ts',
  'editing/long-text.spec.ts',
  'editing/conflict-merge.spec.ts',
  'workbench/find-work.spec.ts',
  'workbench/read-article.spec.ts',
  'compare/**',
  'live/presence.spec.ts',
  'api/openapi.spec.ts',
];

export default defineConfig<Fixtures, WorkerOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: process.env.REDLINE_E2E_POSTGRES_URL ? [{ name: 'default', testIgnore: BROWSER_ONLY }] : [{ name: 'default' }, slowDevice],
  webServer: [
    {
      command: 'npx tsx tests/support/fake-deepl.ts',
      // DeepL answers an unsigned request with 403, which Playwright takes as "up".
      url: `${deeplURL}/v2/glossary-language-pairs`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { PORT: process.env.REDLINE_E2E_DEEPL_PORT!, FAKE_DEEPL_KEY: DEEPL_KEY },
    },
    {
      command: 'npm start',
      url: `${baseURL}/login`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: port,
        DATABASE_URL: process.env.REDLINE_E2E_DATABASE_URL!,
        BETTER_AUTH_SECRET: 'e2e-only-secret-0123456789abcdef0123456789abcdef',
        NEXT_TELEMETRY_DISABLED: '1',
        // Every test signs in from 127.0.0.1; the production limit (10 a minute) would refuse them.
        REDLINE_SIGN_IN_PER_MINUTE: '10000',
        DEEPL_AUTH_KEY: DEEPL_KEY,
        DEEPL_API_URL: deeplURL,
      },
    },
  ],
});
