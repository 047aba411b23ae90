// Playwright fixtures: a Prisma client on the test server's database (for tests to create their
// own documents), and signing in through the API instead of the login form.
import { test as base, expect, type Page } from '@playwright/test';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { createPrismaClient, type PrismaClient } from '../../lib/server/prisma-client';
import { createDocument, type TestDocument } from '../support/fixtures';

export const DEMO_PASSWORD = 'redline-demo';

export async function signIn(page: Page, email: string) {
  const response = await page.request.post('/api/auth/sign-in/email', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status(), `sign-in as ${email}`).toBe(200);
}

type WorkerFixtures = { db: PrismaClient };
type TestFixtures = { story: (paragraphs: string[], languages?: string[]) => Promise<TestDocument> };

export const test = base.extend<TestFixtures, WorkerFixtures>({
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

export { expect };
