// PostgreSQL backups with the PostgreSQL client tools: pg_dump (one consistent snapshot by
// itself: it dumps inside a single repeatable-read transaction) and pg_restore.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../lib/app-error';
import type { PostgresConfig } from '../../lib/server/database-config';

type Tool = 'pg_dump' | 'pg_restore';

/** The tool on PATH, else the newest one under /usr/lib/postgresql/<version>/bin (Debian's layout). */
export function findPostgresTool(tool: Tool, searchPath = process.env.PATH ?? '', debianRoot = '/usr/lib/postgresql'): string {
  const candidates = searchPath.split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, tool));
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debianRoot, version, 'bin', tool)));
  }
  const found = candidates.find(isExecutable);
  if (!found) throw new AppError('config_invalid', { message: `${tool} was not found; install Debian's postgresql-client package (apt-get install postgresql-client).` });
  return found;
}

function isExecutable(file: string) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Query parameters Prisma understands and libpq refuses ("invalid URI query parameter"). */
const PRISMA_ONLY_PARAMETERS = ['schema', 'connection_limit', 'pool_timeout', 'pgbouncer', 'statement_cache_size', 'socket_timeout'];

/**
 * DATABASE_URL as the PostgreSQL tools take it: the password moves into PGPASSWORD, so it never
 * shows in the process list, and Prisma-only parameters are dropped.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const env: Record<string, string> = {};
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  for (const name of PRISMA_ONLY_PARAMETERS) parsed.searchParams.delete(name);
  return { dbname: parsed.toString(), env };
}

function run(tool: Tool, args: (dbname: string) => string[], config: PostgresConfig, capture = false) {
  const { dbname, env } = libpqConnection(config.url);
  const result = spawnSync(findPostgresTool(tool), args(dbname), {
    env: { ...process.env, ...env },
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new AppError('internal', { message: `${tool} could not run: ${result.error.message}.` });
  return result;
}

/** `pg_dump --format=custom` of the database into `file` (which `reserveFile` created empty). */
export function dumpPostgres(config: PostgresConfig, file: string) {
  const result = run('pg_dump', (dbname) => ['--format=custom', '--file', file, '--dbname', dbname], config);
  if (result.status !== 0) {
    throw new AppError('internal', { message: `pg_dump could not back up PostgreSQL database "${config.name}" (exit code ${result.status}); its message is above.` });
  }
}

/** Checks that `file` is a pg_dump custom-format archive of a Redline database (it has `_prisma_migrations`). */
export function verifyPostgresDump(file: string, config: PostgresConfig) {
  if (!existsSync(file)) throw new AppError('not_found', { message: `There is no backup at ${file}.` });
  const result = run('pg_restore', () => ['--list', file], config, true);
  if (result.status !== 0) throw new AppError('invalid_input', { message: `${file} is not a pg_dump custom-format archive: ${result.stderr.trim().split('\n')[0]}` });
  // A table of contents line reads "215; 1259 16390 TABLE public _prisma_migrations owner".
  if (!/^\d+; \d+ \d+ TABLE \S+ _prisma_migrations\b/m.test(result.stdout)) {
    throw new AppError('invalid_input', { message: `${file} is not a Redline backup: it has no _prisma_migrations table.` });
  }
}

/**
 * Restores the archive into the database: `--clean --if-exists` drops the objects the archive
 * holds before creating them again, `--no-owner` makes DATABASE_URL's user the owner, and
 * `--single-transaction` leaves the database as it was if any statement fails.
 */
export function restorePostgres(config: PostgresConfig, file: string) {
  const result = run('pg_restore', (dbname) => ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', dbname, file], config);
  if (result.status !== 0) {
    throw new AppError('internal', { message: `pg_restore could not restore ${file} into PostgreSQL database "${config.name}" (exit code ${result.status}); its message is above. Nothing was changed.` });
  }
}
