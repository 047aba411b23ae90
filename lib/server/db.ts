import 'server-only';
// The Prisma client: the only one the app constructs. Cached on globalThis so development
// reloads and test files reuse one connection (pool).
import { readDatabaseConfig, type DatabaseProvider } from './database-config';
import { createPrismaClient, type PrismaClient } from './prisma-client';
import { APP_AUTOCHECKPOINT_PAGES, checkpointInBackground } from './sqlite/background-checkpoints';

const cache = globalThis as unknown as { redlinePrisma?: PrismaClient };

export function getDb(): PrismaClient {
  if (!cache.redlinePrisma) {
    const config = readDatabaseConfig();
    if (config.provider === 'sqlite') {
      // The write-ahead log's checkpoints off the event loop (sqlite/background-checkpoints.ts).
      cache.redlinePrisma = createPrismaClient(config, { sqlitePragmas: [`PRAGMA wal_autocheckpoint = ${APP_AUTOCHECKPOINT_PAGES}`] });
      checkpointInBackground(config.filePath);
    } else {
      cache.redlinePrisma = createPrismaClient(config);
    }
  }
  return cache.redlinePrisma;
}

/** SQLite or PostgreSQL: for the few places where they differ (better-auth's adapter, its rate limit). */
export function dbProvider(): DatabaseProvider {
  return readDatabaseConfig().provider;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
