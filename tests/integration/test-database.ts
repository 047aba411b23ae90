// A fresh, migrated SQLite file per test file: the app's own client (lib/server/db.ts) is
// pointed at it through DATABASE_URL, exactly as in production.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase } from '../../prisma/migrate';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { getDb } from '../../lib/server/db';

export async function openTestDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-test-'));
  const url = `file:${path.join(dir, 'redline.db')}`;
  process.env.DATABASE_URL = url;
  delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
  await migrateDatabase(readDatabaseConfig(url));
  const db = getDb();
  return {
    db,
    dir,
    filePath: path.join(dir, 'redline.db'),
    async close() {
      await db.$disconnect();
      delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
