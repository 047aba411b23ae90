import 'server-only';
// The Prisma client: the only one the app constructs. Cached on globalThis so development
// reloads and test files reuse one connection (pool).
import { readDatabaseConfig, type DatabaseProvider } from './database-config';
import { createPrismaClient, type PrismaClient } from './prisma-client';

const cache = globalThis as unknown as { redlinePrisma?: PrismaClient };

export function getDb(): PrismaClient {
  cache.redlinePrisma ??= createPrismaClient(readDatabaseConfig());
  return cache.redlinePrisma;
}

/** SQLite or PostgreSQL: for the few places where they differ (better-auth's adapter, its rate limit). */
export function dbProvider(): DatabaseProvider {
  return readDatabaseConfig().provider;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
