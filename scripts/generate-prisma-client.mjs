// Runs `prisma generate` offline (npm's postinstall). Generation does not use Prisma's native
// schema engine, but the CLI insists that one exists and tries to download it; naming any
// existing file as the engine satisfies the check (see README, "Offline Prisma").
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, CHECKPOINT_DISABLE: '1' },
});
process.exit(result.status ?? 1);
