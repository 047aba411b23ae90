// The write-ahead log is copied into the database file by a worker thread
// (lib/server/sqlite/background-checkpoints.ts), not by the app's connection at the commit that
// takes the log past 1,000 pages, which would hold the event loop while SQLite copies.
import { statSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../../lib/server/database-config';
import { APP_AUTOCHECKPOINT_PAGES } from '../../../lib/server/sqlite/background-checkpoints';
import { openTestDatabase, type TestDatabase } from '../test-database';

let database: TestDatabase;
let filePath: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const config = readDatabaseConfig(database.url);
  if (config.provider !== 'sqlite') throw new Error('These tests are about SQLite.');
  filePath = config.filePath;
});
afterAll(() => database.close());

it('the app’s connection leaves checkpoints of up to 10,000 pages to the thread, which copies the log into the file', async () => {
  const [setting] = await database.db.$queryRawUnsafe<Array<{ wal_autocheckpoint: number | bigint }>>('PRAGMA wal_autocheckpoint');
  expect(Number(setting.wal_autocheckpoint)).toBe(APP_AUTOCHECKPOINT_PAGES);

  const before = statSync(filePath).size;
  // About 2,500 pages of log, past SQLite's default mark of 1,000 and short of the app's.
  const rows = Array.from({ length: 2500 }, (_, index) => ({ id: `checkpoint-${index}`, identifier: 'checkpoint', value: 'x'.repeat(3500), expiresAt: new Date() }));
  await database.db.verification.createMany({ data: rows });
  // Only a checkpoint writes pages into the database file: the thread's, within a second or so.
  await expect.poll(() => statSync(filePath).size, { timeout: 15_000, interval: 100 }).toBeGreaterThan(before + 2500 * 3500);
});
