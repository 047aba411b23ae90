import 'server-only';
// The Prisma client: the only one the app constructs. Cached on globalThis so development
// reloads and test files reuse one connection.
import { PrismaClient } from './generated/prisma/client';
import { createAdapterFactory, readDatabaseConfig } from './database-config';

const cache = globalThis as unknown as { redlinePrisma?: PrismaClient };

export function getDb(): PrismaClient {
  cache.redlinePrisma ??= new PrismaClient({ adapter: createAdapterFactory(readDatabaseConfig()) });
  return cache.redlinePrisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
