// Runs `prisma generate` offline (npm's postinstall) for each database: SQLite and PostgreSQL
// each get their own client (lib/server/generated/prisma and .../prisma-postgresql), because a
// generated client serves one provider. Generation does not use Prisma's native schema engine,
// but the CLI insists that one exists and tries to download it; naming any existing file as the
// engine satisfies the check (see README, "Offline Prisma").
import { spawnSync } from 'node:child_process';

for (const provider of ['sqlite', 'postgresql']) {
  const result = spawnSync('npx', ['prisma', 'generate', '--schema', `prisma/${provider}/schema.prisma`], {
    stdio: 'inherit',
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, CHECKPOINT_DISABLE: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
