// A fresh, migrated database per test file: a SQLite file in the `sqlite` project, a new
// PostgreSQL database (copied from a migrated template) in the `postgresql` project. The app's
// own client (lib/server/db.ts) is pointed at it through DATABASE_URL, exactly as in production.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { migrateDatabase } from '../../prisma/migrate';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { getDb } from '../../lib/server/db';
import { closeLiveBus } from '../../lib/server/live/live-bus';
import { onServer, POSTGRES_TEMPLATE_DATABASE, withDatabase } from '../support/postgres-server';

export type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

export async function openTestDatabase() {
  const serverUrl = inject('postgresServerUrl');
  return serverUrl ? openPostgresDatabase(serverUrl) : openSqliteDatabase();
}

function pointTheAppAt(url: string) {
  process.env.DATABASE_URL = url;
  delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
}

async function openSqliteDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-test-'));
  const url = `file:${path.join(dir, 'redline.db')}`;
  pointTheAppAt(url);
  await migrateDatabase(readDatabaseConfig(url));
  const db = getDb();
  return {
    db,
    url,
    async close() {
      await db.$disconnect();
      delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgresDatabase(serverUrl: string) {
  const name = `redline_test_${randomUUID().replaceAll('-', '')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE_DATABASE}`);
  const url = withDatabase(serverUrl, name);
  pointTheAppAt(url);
  const db = getDb();
  return {
    db,
    url,
    async close() {
      // The live-update bus listens on this database; it goes before the database does.
      await closeLiveBus();
      await db.$disconnect();
      delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
