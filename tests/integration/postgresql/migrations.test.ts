// PostgreSQL's migrations: they match the composed schema, create the database on first start,
// run once even when several app servers start together, and refuse a database from the future.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { migrateDatabase } from '../../../prisma/migrate';
import { migrationSqlFor } from '../../../prisma/new-migration';
import { postgresSchemaEngineAdapter } from '../../../prisma/postgres-database';
import { migrationsDir } from '../../../prisma/providers';
import { readDatabaseConfig, type PostgresConfig } from '../../../lib/server/database-config';
import { onServer, withDatabase } from '../../support/postgres-server';

const serverUrl = inject('postgresServerUrl')!;
const scratch = mkdtempSync(path.join(tmpdir(), 'redline-pg-migrations-'));
const created: string[] = [];
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  for (const name of created) await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

function newDatabase(): PostgresConfig {
  const name = `redline_migrations_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  created.push(name);
  return readDatabaseConfig(withDatabase(serverUrl, name)) as PostgresConfig;
}

async function postgresMigrationSql(dir?: string) {
  const config = newDatabase();
  await onServer(serverUrl, `CREATE DATABASE ${config.name}`);
  return migrationSqlFor('postgresql', postgresSchemaEngineAdapter(config), dir);
}

describe('committed PostgreSQL migrations', () => {
  it('produce exactly the schema in prisma/postgresql/schema.prisma (no drift)', async () => {
    expect(await postgresMigrationSql()).toBe('');
  });

  it('would notice drift: with no migrations the diff creates every table', async () => {
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty);
    cpSync(path.join(migrationsDir('postgresql'), 'migration_lock.toml'), path.join(empty, 'migration_lock.toml'));
    expect(await postgresMigrationSql(empty)).toMatch(/CREATE TABLE "TranslationVersion"/);
  });

  it('create the database when the server does not have it, then have nothing left to do', async () => {
    const config = newDatabase();
    expect((await migrateDatabase(config)).length).toBeGreaterThan(0);
    expect(await migrateDatabase(config)).toEqual([]);
  });

  it('run once when several app servers start at the same moment', async () => {
    const config = newDatabase();
    const results = await Promise.all([migrateDatabase(config), migrateDatabase(config), migrateDatabase(config)]);
    const applied = results.flat();
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied.length).toBeGreaterThan(0);
  });

  it('refuse a database that ran a migration this checkout does not have', async () => {
    const config = newDatabase();
    await migrateDatabase(config);
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ('x', 'x', now(), '29990101000000_from_the_future', now(), 1)`,
    );
    await client.end();
    await expect(migrateDatabase(config)).rejects.toThrow(/29990101000000_from_the_future/);
  });

  it('say which server could not be reached, without the password', async () => {
    const config = readDatabaseConfig('postgresql://redline:hunter2@127.0.0.1:1/redline') as PostgresConfig;
    const failure = migrateDatabase(config);
    await expect(failure).rejects.toThrow(/Cannot connect to PostgreSQL/);
    await expect(failure).rejects.not.toThrow(/hunter2/);
  });
});
