// Two app servers on one PostgreSQL database, as a newsroom deploys Redline: instance A is
// started here by `npm start` (it migrates, seeds and builds when needed); the spec starts
// instance B beside it on the same database with the same secret. Needs a PostgreSQL server:
// REDLINE_E2E_POSTGRES_URL (scripts/test/run-all.ts starts a throwaway one and sets it).
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, freePortSync } from '../support/playwright-setup';

if (!process.env.REDLINE_INSTANCES_DATABASE_URL) {
  const server = process.env.REDLINE_E2E_POSTGRES_URL;
  if (!server) throw new Error('The two-instance tests need a PostgreSQL server: set REDLINE_E2E_POSTGRES_URL, or run `npm test`.');
  const url = new URL(server);
  url.pathname = `/redline_instances_${Date.now()}`;
  process.env.REDLINE_INSTANCES_DATABASE_URL = url.toString();
  process.env.REDLINE_INSTANCE_A_PORT = freePortSync();
  process.env.REDLINE_INSTANCE_B_PORT = freePortSync();
}

/** What both instances share: the database and the secret that signs sessions. */
export const sharedEnvironment = {
  DATABASE_URL: process.env.REDLINE_INSTANCES_DATABASE_URL!,
  BETTER_AUTH_SECRET: 'instances-only-secret-0123456789abcdef0123456789',
  NEXT_TELEMETRY_DISABLED: '1',
  REDLINE_SIGN_IN_PER_MINUTE: '10000',
};

const instanceA = `http://127.0.0.1:${process.env.REDLINE_INSTANCE_A_PORT}`;

export default defineConfig({
  testDir: '.',
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/instances',
  use: {
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'npm start',
    cwd: '../..',
    url: `${instanceA}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { ...sharedEnvironment, PORT: process.env.REDLINE_INSTANCE_A_PORT! },
  },
});
