// Which database Redline talks to, from DATABASE_URL, and the Prisma driver adapter for it.
// Shared by the app (lib/server/db.ts) and the command-line scripts (migrate, seed, start).
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { AppError } from '../app-error';

export const DEFAULT_DATABASE_URL = 'file:./data/redline.db';

/** SQLite waits this long for another writer before reporting "database is locked". */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type DatabaseConfig = { provider: 'sqlite'; url: string; filePath: string };

export function readDatabaseConfig(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseConfig {
  if (url.startsWith('file:')) {
    const filePath = path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
    return { provider: 'sqlite', url: `file:${filePath}`, filePath };
  }
  throw new AppError('config_invalid', {
    message: `DATABASE_URL must start with file: (SQLite); got "${url.split(':')[0]}:..."`,
  });
}

/**
 * Makes sure the SQLite file can be created or written, so a bad path fails at start-up with a
 * sentence that names it instead of a stack trace on the first query.
 */
export function ensureDatabaseWritable(config: DatabaseConfig) {
  const dir = path.dirname(config.filePath);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    if (existsSync(config.filePath)) accessSync(config.filePath, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new AppError('config_invalid', {
      message: `The database ${config.filePath} cannot be created or written (${(error as NodeJS.ErrnoException).code ?? 'error'}). Set DATABASE_URL to a writable path.`,
    });
  }
}

export function createAdapterFactory(config: DatabaseConfig) {
  return new PrismaBetterSqlite3({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
}
