import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../prisma/migrate';
import { migrationSqlFor, scratchSqliteAdapter } from '../../../prisma/new-migration';
import { migrationsDir } from '../../../prisma/providers';
import { readDatabaseConfig, ensureDatabaseWritable } from '../../../lib/server/database-config';
import { openTestDatabase } from '../test-database';

async function sqliteMigrationSql(dir?: string) {
  const scratchDb = scratchSqliteAdapter();
  try {
    return await migrationSqlFor('sqlite', scratchDb.adapter, dir);
  } finally {
    scratchDb.done();
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), 'redline-migrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('committed SQLite migrations', () => {
  it('produce exactly the schema in prisma/sqlite/schema.prisma (no drift)', async () => {
    const sql = await sqliteMigrationSql();
    expect(sql.replace(/--.*$/gm, '').trim()).toBe('');
  });

  it('would notice drift: without the last migration the diff is not empty', async () => {
    const partial = path.join(scratch, 'partial-migrations');
    mkdirSync(partial);
    cpSync(path.join(migrationsDir('sqlite'), 'migration_lock.toml'), path.join(partial, 'migration_lock.toml'));
    const sql = await sqliteMigrationSql(partial);
    expect(sql).toMatch(/CREATE TABLE "TranslationVersion"/);
  });

  it('apply to a new database once, then have nothing left to do', async () => {
    const config = readDatabaseConfig(`file:${path.join(scratch, 'fresh.db')}`);
    const first = await migrateDatabase(config);
    expect(first.length).toBeGreaterThan(0);
    expect(await migrateDatabase(config)).toEqual([]);
  });

  it('switch SQLite to WAL and let the app wait for a busy writer', async () => {
    const database = await openTestDatabase();
    try {
      const [{ journal_mode }] = await database.db.$queryRawUnsafe<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
      expect(journal_mode).toBe('wal');
      const [{ timeout }] = await database.db.$queryRawUnsafe<Array<{ timeout: number | bigint }>>('PRAGMA busy_timeout');
      expect(Number(timeout)).toBeGreaterThanOrEqual(5000);
    } finally {
      await database.close();
    }
  });

  it('refuse a database that ran a migration this checkout does not have', async () => {
    const file = path.join(scratch, 'ahead.db');
    const config = readDatabaseConfig(`file:${file}`);
    await migrateDatabase(config);
    const db = new Database(file);
    db.prepare(
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ('x', 'x', CURRENT_TIMESTAMP, '29990101000000_from_the_future', NULL, NULL, CURRENT_TIMESTAMP, 1)`,
    ).run();
    db.close();
    await expect(migrateDatabase(config)).rejects.toThrow(/29990101000000_from_the_future/);
  });

  it('name an unwritable database path instead of failing later', () => {
    const blocker = path.join(scratch, 'not-a-directory');
    writeFileSync(blocker, '');
    const config = readDatabaseConfig(`file:${path.join(blocker, 'redline.db')}`);
    expect(() => ensureDatabaseWritable(config)).toThrow(/not-a-directory\/redline\.db cannot be created or written/);
  });
});

describe('DATABASE_URL', () => {
  it('defaults to data/redline.db and refuses what it does not know', () => {
    expect(readDatabaseConfig('file:./data/redline.db')).toMatchObject({ provider: 'sqlite', filePath: path.resolve('data/redline.db') });
    expect(() => readDatabaseConfig('mysql://localhost/redline')).toThrow(/DATABASE_URL/);
  });

  it('selects PostgreSQL for postgresql:// and postgres:// URLs, which must name a database', () => {
    expect(readDatabaseConfig('postgresql://redline:secret@db.internal:5432/newsroom')).toMatchObject({ provider: 'postgresql', name: 'newsroom' });
    expect(readDatabaseConfig('postgres://redline@localhost/redline')).toMatchObject({ provider: 'postgresql', name: 'redline' });
    expect(() => readDatabaseConfig('postgresql://redline@localhost:5432/')).toThrow(/must name a database/);
  });
});
