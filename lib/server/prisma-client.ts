// Constructs the Prisma client for the configured database. Each provider has its own generated
// client (prisma/compose-schemas.ts); both come from the same models, so their model APIs are
// the same and the SQLite client's types stand for both in the code.
import { PrismaClient } from './generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from './generated/prisma-postgresql/client';
import { createAdapterFactory, type DatabaseConfig } from './database-config';

export type { PrismaClient };

export function createPrismaClient(config: DatabaseConfig, options?: Parameters<typeof createAdapterFactory>[1]): PrismaClient {
  const adapter = createAdapterFactory(config, options);
  if (config.provider === 'postgresql') return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  return new PrismaClient({ adapter });
}
