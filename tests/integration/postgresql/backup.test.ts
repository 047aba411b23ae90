// Backup and restore of PostgreSQL through pg_dump and pg_restore, on the test server: the dump
// is checked, the database as it was is dumped aside, and the restore brings back exactly the
// backup (what was added after it is gone).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig, type PostgresConfig } from '../../../lib/server/database-config';
import { backupDatabase } from '../../../scripts/db-backup';
import { restoreDatabase } from '../../../scripts/db-restore';
import { createDocument } from '../../support/fixtures';
import { openTestDatabase, type TestDatabase } from '../test-database';

let database: TestDatabase;
let config: PostgresConfig;
const scratch = mkdtempSync(path.join(tmpdir(), 'redline-pg-backup-'));

beforeAll(async () => {
  database = await openTestDatabase();
  config = readDatabaseConfig(database.url) as PostgresConfig;
});
afterAll(async () => {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('PostgreSQL backup and restore', () => {
  it('dumps, keeps the current database aside, and restores exactly the backup', async () => {
    const kept = await createDocument(database.db, { paragraphs: ['Kept'] });
    const file = path.join(scratch, 'redline.dump');
    const backup = await backupDatabase(config, file);
    expect(backup.file).toBe(file);
    expect(backup.size).toBeGreaterThan(0);
    await expect(backupDatabase(config, file)).rejects.toThrow(/already exists/);

    const later = await createDocument(database.db, { paragraphs: ['Added after the backup'] });
    // The app's connections would be stopped first; these are closed so none holds a lock.
    await database.db.$disconnect();
    const result = await restoreDatabase(config, file, new Date('2025-04-24T15:30:12Z'));
    expect(result.aside).toBe(path.join(scratch, 'redline-before-restore-2025-04-24T15-30-12Z.dump'));
    expect(existsSync(result.aside!)).toBe(true);

    const slugs = (await database.db.document.findMany({ where: { id: { in: [kept.id, later.id] } }, select: { slug: true } })).map((d) => d.slug);
    expect(slugs).toEqual([kept.slug]);
  });

  it('refuses a file that is not a pg_dump archive, before touching the database', async () => {
    const file = path.join(scratch, 'not-a-dump');
    writeFileSync(file, 'hello');
    await expect(restoreDatabase(config, file)).rejects.toThrow(/is not a pg_dump custom-format archive/);
  });
});
