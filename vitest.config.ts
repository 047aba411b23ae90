import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);

// Two projects: `sqlite` (unit tests and the integration tests on SQLite: `npm run test:unit`)
// and `postgresql` (the same integration tests, plus PostgreSQL's own, on a real server; run by
// `npm test` where PostgreSQL is installed, see scripts/test/run-all.ts).
const integration = 'tests/integration/*.test.ts';

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Outside Next.js the server-only guard has nothing to guard; tests load server modules directly.
      'server-only': path.join(root, 'tests/support/server-only-stub.ts'),
    },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts', 'tests/support/**/*.test.ts', integration, 'tests/integration/sqlite/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'postgresql',
          include: [integration, 'tests/integration/postgresql/**/*.test.ts'],
          globalSetup: ['tests/integration/postgres-global-setup.ts'],
        },
      },
    ],
  },
});
