// Which database Redline talks to, from DATABASE_URL, and the Prisma driver adapter for it.
// Shared by the app (lib/server/db.ts) and the command-line scripts (migrate, seed, start).
// `file:` is SQLite (the embedded default); `postgresql://` (or `postgres://`) is PostgreSQL,
// the team deployment with several app servers.
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { parse as parsePostgresUrl } from 'pg-connection-string';
import type { PoolConfig } from 'pg';
import { AppError } from '../app-error';

export const DEFAULT_DATABASE_URL = 'file:./data/redline.db';

/** SQLite waits this long for another writer before reporting "database is locked". */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type SqliteConfig = { provider: 'sqlite'; url: string; filePath: string };
export type PostgresConfig = { provider: 'postgresql'; url: string; /** database name, for messages */ name: string };
export type DatabaseConfig = SqliteConfig | PostgresConfig;
export type DatabaseProvider = DatabaseConfig['provider'];

export function readDatabaseConfig(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseConfig {
  if (url.startsWith('file:')) {
    const filePath = path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
    return { provider: 'sqlite', url: `file:${filePath}`, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new AppError('config_invalid', { message: 'DATABASE_URL is not a valid postgresql:// URL.' });
    }
    const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!name) throw new AppError('config_invalid', { message: 'DATABASE_URL must name a database: postgresql://user@host:5432/redline' });
    return { provider: 'postgresql', url, name };
  }
  throw new AppError('config_invalid', {
    message: `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(':')[0]}:..."`,
  });
}

/** Where messages may name the database: the file, or the PostgreSQL database without credentials. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.provider === 'sqlite' ? config.filePath : `PostgreSQL database "${config.name}"`;
}

/**
 * Makes sure the SQLite file can be created or written, so a bad path fails at start-up with a
 * sentence that names it instead of a stack trace on the first query. (PostgreSQL: nothing to check here.)
 */
export function ensureDatabaseWritable(config: DatabaseConfig) {
  if (config.provider !== 'sqlite') return;
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

/**
 * The connection settings of a postgresql:// URL as separate fields. The adapter's shadow
 * database (used when writing migrations) swaps in another database name, which a
 * connectionString would silently override.
 */
export function postgresPoolConfig(config: PostgresConfig, database = config.name): PoolConfig {
  const { host, port, user, password, ssl, options, application_name } = parsePostgresUrl(config.url);
  return {
    host: host ?? undefined,
    port: port ? Number(port) : undefined,
    user,
    password,
    database,
    ssl: ssl as PoolConfig['ssl'],
    options,
    application_name: application_name ?? 'redline',
  };
}

/** `sqlitePragmas`: statements such as "PRAGMA wal_autocheckpoint = 10000", run on the SQLite connection when it opens. */
export function createAdapterFactory(config: DatabaseConfig, { sqlitePragmas = [] }: { sqlitePragmas?: string[] } = {}) {
  if (config.provider === 'postgresql') return new PrismaPg(postgresPoolConfig(config));
  if (sqlitePragmas.length === 0) return new PrismaBetterSqlite3({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new SqliteWithPragmas({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS }, sqlitePragmas);
}

/** Prisma's SQLite adapter, with per-connection settings applied to the connection it opens. */
class SqliteWithPragmas extends PrismaBetterSqlite3 {
  constructor(
    config: ConstructorParameters<typeof PrismaBetterSqlite3>[0],
    private readonly pragmas: string[],
  ) {
    super(config);
  }

  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(this.pragmas.map((pragma) => `${pragma};`).join('\n'));
    return adapter;
  }
}
