// SQLite's stale-snapshot failure, reproduced with a second connection to the same file (as a
// script or a second process would hold), and writeTransaction's answer to it: run again.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../../lib/server/database-config';
import { writeTransaction } from '../../../lib/server/write-transaction';
import { openTestDatabase, type TestDatabase } from '../test-database';

let database: TestDatabase;
let elsewhere: Database.Database;
let rows = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  const config = readDatabaseConfig(database.url);
  if (config.provider !== 'sqlite') throw new Error('These tests are about SQLite.');
  elsewhere = new Database(config.filePath);
});
afterAll(async () => {
  elsewhere.close();
  await database.close();
});

/** A row written by the other connection, committed at once. */
function writeElsewhere() {
  elsewhere.prepare(`INSERT INTO verification (id, identifier, value, expiresAt, createdAt, updatedAt) VALUES (?, 'elsewhere', 'x', 0, 0, 0)`).run(`row-${++rows}`);
}

const count = () => database.db.verification.count({ where: { identifier: { in: ['elsewhere', 'here'] } } });

describe('a transaction that reads, then writes after another connection committed', () => {
  it('fails at once on SQLite when run plainly (its snapshot is stale; waiting cannot help)', async () => {
    const before = await count();
    await expect(
      database.db.$transaction(async (tx) => {
        await tx.verification.count();
        writeElsewhere();
        await tx.verification.create({ data: { id: `here-${++rows}`, identifier: 'here', value: 'x', expiresAt: new Date() } });
      }),
    ).rejects.toMatchObject({ code: 'P1008' });
    expect(await count()).toBe(before + 1);
  });

  it('succeeds through writeTransaction, which runs it again on a fresh snapshot', async () => {
    const before = await count();
    let attempts = 0;
    const result = await writeTransaction(database.db, async (tx) => {
      attempts += 1;
      const seen = await tx.verification.count({ where: { identifier: { in: ['elsewhere', 'here'] } } });
      if (attempts === 1) writeElsewhere();
      await tx.verification.create({ data: { id: `here-${++rows}`, identifier: 'here', value: 'x', expiresAt: new Date() } });
      return seen;
    });
    expect(attempts).toBe(2);
    // The second run read the other connection's row.
    expect(result).toBe(before + 1);
    expect(await count()).toBe(before + 2);
  });

  it('does not run again for other errors', async () => {
    let attempts = 0;
    await expect(
      writeTransaction(database.db, async () => {
        attempts += 1;
        throw new Error('a check failed');
      }),
    ).rejects.toThrow('a check failed');
    expect(attempts).toBe(1);
  });
});
