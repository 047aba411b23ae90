// Prisma CLI configuration. Only `prisma generate` uses the CLI here, once per database
// (scripts/generate-prisma-client.mjs passes --schema): migrations are applied by
// prisma/migrate.ts on Prisma's WebAssembly schema engine, because the CLI's native engine
// cannot be downloaded offline.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/sqlite/schema.prisma',
  migrations: { path: 'prisma/sqlite/migrations' },
});
