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

/** SQLite or PostgreSQL: for the few places where they differ (case-insensitive search). */
export function dbProvider(): DatabaseProvider {
  return readDatabaseConfig().provider;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * A case-insensitive `contains` filter on both databases: SQLite's LIKE ignores (ASCII) case by
 * itself, PostgreSQL's needs `mode: 'insensitive'` (which the SQLite client's types do not know).
 */
export function containsIgnoringCase(value: string): { contains: string } {
  return dbProvider() === 'postgresql' ? ({ contains: value, mode: 'insensitive' } as { contains: string }) : { contains: value };
}
