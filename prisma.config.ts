// Prisma CLI configuration. Only `prisma generate` uses the CLI here: migrations are applied by
// prisma/migrate.ts on Prisma's WebAssembly schema engine, because the CLI's native engine
// cannot be downloaded offline.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
