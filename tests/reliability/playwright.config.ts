// The reliability suite (`npm run test:reliability`): concurrency, crash recovery, hostile input,
// XSS, cross-site requests and sign-in limits, against the built app started with `npm start`.
// Kept out of `npm test`: the end-to-end config's testDir is tests/e2e, Vitest's include is
// lib/** and tests/integration/**. The servers build into .next-reliability, never .next.
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/playwright-setup';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Traces of failures go to the temp folder, not into the checkout.
  outputDir: path.join(os.tmpdir(), 'redline-reliability-results'),
  globalSetup: './global-setup.ts',
  // One worker: the hostile-input and cross-site tests compare the whole database before and
  // after each refused request, so nothing else may write meanwhile; and the load tests want
  // both cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
