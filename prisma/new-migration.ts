// `npm run db:migration:new -- <name>`: after editing prisma/models.prisma, writes
// prisma/<provider>/migrations/<timestamp>_<name>/migration.sql for SQLite and PostgreSQL: the
// SQL that takes each provider's committed migrations to its composed schema. The engine
// replays the migrations on a shadow database to diff; PostgreSQL's runs on a throwaway server.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { readDatabaseConfig, type PostgresConfig } from '../lib/server/database-config';
import { startThrowawayPostgres } from '../scripts/postgres/throwaway-cluster';
import { composedSchemas } from './compose-schemas';
import { openSchemaEngine } from './schema-engine';
import { readMigrationList, readSchemaFiles } from './migrations-folder';
import { migrationsDir, schemaFilters, type DatabaseProvider } from './providers';
import { postgresSchemaEngineAdapter } from './postgres-database';

const EMPTY = /^(-- This is an empty migration\.?)?\s*$/;

/** The SQL from `provider`'s migrations (replayed on `adapter`'s shadow database) to its schema. */
export async function migrationSqlFor(
  provider: DatabaseProvider,
  adapter: SqlMigrationAwareDriverAdapterFactory,
  migrationsPath = migrationsDir(provider),
): Promise<string> {
  const { engine, close } = await openSchemaEngine(adapter, readSchemaFiles(provider));
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrationList(migrationsPath) },
      to: { tag: 'schemaDatamodel', files: readSchemaFiles(provider) },
      script: true,
      exitCode: null,
      filters: schemaFilters(provider),
    });
    const sql = result.stdout ?? '';
    return EMPTY.test(sql.trim()) ? '' : sql;
  } finally {
    await close();
  }
}

/** A scratch SQLite pair (main + shadow), removed by `done`. */
export function scratchSqliteAdapter() {
  const scratch = mkdtempSync(path.join(tmpdir(), 'redline-shadow-'));
  return {
    adapter: new PrismaBetterSqlite3({ url: `file:${path.join(scratch, 'main.db')}` }, { shadowDatabaseUrl: `file:${path.join(scratch, 'shadow.db')}` }),
    done: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

/** The engine reads the provider of a migrations folder from its lock file. */
function ensureLockFile(provider: DatabaseProvider) {
  const dir = migrationsDir(provider);
  const lock = path.join(dir, 'migration_lock.toml');
  if (existsSync(lock)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(lock, `# Written by prisma/new-migration.ts; the provider of these migrations.\nprovider = "${provider}"\n`);
}

function writeMigration(provider: DatabaseProvider, name: string, stamp: string, sql: string) {
  const dir = migrationsDir(provider);
  const folder = path.join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'migration.sql'), sql);
  console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('Usage: npm run db:migration:new -- <name in snake_case>');
    process.exit(1);
  }
  for (const schema of composedSchemas()) {
    writeFileSync(schema.path, schema.content);
    ensureLockFile(schema.provider);
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

  const sqlite = scratchSqliteAdapter();
  try {
    const sql = await migrationSqlFor('sqlite', sqlite.adapter);
    if (sql) writeMigration('sqlite', name, stamp, sql);
    else console.log('SQLite: the schema matches the migrations, nothing to write.');
  } finally {
    sqlite.done();
  }

  const server = await startThrowawayPostgres();
  try {
    const sql = await migrationSqlFor('postgresql', postgresSchemaEngineAdapter(readDatabaseConfig(server.url) as PostgresConfig));
    if (sql) writeMigration('postgresql', name, stamp, sql);
    else console.log('PostgreSQL: the schema matches the migrations, nothing to write.');
  } finally {
    server.stop();
  }
}
