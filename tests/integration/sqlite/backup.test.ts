// Backup and restore of SQLite (scripts/db-backup.ts, scripts/db-restore.ts, scripts/backup/*)
// on real files: refusals in one sentence, the copy kept aside, restoring over a live WAL
// database. The save storm against the running app is tests/reliability/backup.spec.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../../lib/server/database-config';
import { backupDatabase } from '../../../scripts/db-backup';
import { restoreDatabase } from '../../../scripts/db-restore';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'redline-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let files = 0;
const file = (name: string) => path.join(scratch, `${++files}-${name}`);

/** A small database shaped like Redline's as far as backups care: Prisma's migration table and rows. */
function makeRedlineDatabase(filePath: string, rows: string[]) {
  const db = new Database(filePath);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE _prisma_migrations (id TEXT PRIMARY KEY, migration_name TEXT NOT NULL, finished_at DATETIME, rolled_back_at DATETIME);
    INSERT INTO _prisma_migrations VALUES ('1', '20260101000000_init', CURRENT_TIMESTAMP, NULL), ('2', '20260202000000_second', CURRENT_TIMESTAMP, NULL);
    CREATE TABLE note (text TEXT NOT NULL);`);
  const insert = db.prepare('INSERT INTO note (text) VALUES (?)');
  for (const row of rows) insert.run(row);
  return db;
}

function notes(filePath: string): string[] {
  const db = new Database(filePath, { fileMustExist: true });
  try {
    return (db.prepare('SELECT text FROM note ORDER BY rowid').all() as Array<{ text: string }>).map((row) => row.text);
  } finally {
    db.close();
  }
}

function runCli(script: 'db:backup' | 'db:restore', args: string[], databaseUrl: string) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('backing up SQLite', () => {
  it('makes one checked, self-contained file and never overwrites one', async () => {
    const source = file('source.db');
    const live = makeRedlineDatabase(source, ['one', 'two']);
    try {
      const target = file('copy.db');
      const backup = await backupDatabase(readDatabaseConfig(`file:${source}`), target);
      expect(backup).toMatchObject({ file: target, lastMigration: '20260202000000_second' });
      // The rows still in the source's WAL are in the copy, and the copy needs no -wal of its own.
      expect(notes(target)).toEqual(['one', 'two']);
      expect(existsSync(`${target}-wal`)).toBe(false);
      const before = readFileSync(target);
      await expect(backupDatabase(readDatabaseConfig(`file:${source}`), target)).rejects.toThrow(/already exists/);
      expect(readFileSync(target).equals(before)).toBe(true);
    } finally {
      live.close();
    }
  });

  it('refuses what is not a Redline database and leaves no file behind', async () => {
    const other = file('other.db');
    new Database(other).exec('CREATE TABLE t (x)');
    const target = file('not-made.db');
    await expect(backupDatabase(readDatabaseConfig(`file:${other}`), target)).rejects.toThrow(/not a Redline database/);
    expect(existsSync(target)).toBe(false);
  });

  it('says what is wrong in one sentence, exit code 1, no stack trace', () => {
    const source = file('cli.db');
    makeRedlineDatabase(source, ['x']).close();
    const existing = file('existing.db');
    writeFileSync(existing, 'keep me');
    const missing = runCli('db:backup', [file('x.db')], `file:${file('missing.db')}`);
    const exists = runCli('db:backup', [existing], `file:${source}`);
    const blocked = runCli('db:backup', [path.join(existing, 'x.db')], `file:${source}`);
    expect(missing).toMatchObject({ status: 1, stderr: expect.stringMatching(/^There is no database at .*missing\.db; check DATABASE_URL/) });
    expect(exists).toMatchObject({ status: 1, stderr: expect.stringMatching(/existing\.db already exists; a backup never overwrites a file/) });
    expect(blocked).toMatchObject({ status: 1, stderr: expect.stringMatching(/x\.db cannot be written: part of .* is a file/) });
    for (const run of [missing, exists, blocked]) expect(run.stderr.split('\n')).toHaveLength(1);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });
});

describe('restoring SQLite', () => {
  it('checks the backup, keeps the current database aside, then replaces it', async () => {
    const source = file('before.db');
    makeRedlineDatabase(source, ['backed up']).close();
    const backup = file('backup.db');
    await backupDatabase(readDatabaseConfig(`file:${source}`), backup);
    const target = file('target.db');
    makeRedlineDatabase(target, ['current']).close();

    const result = await restoreDatabase(readDatabaseConfig(`file:${target}`), backup, new Date('2025-04-24T15:30:12Z'));
    expect(result).toEqual({ aside: `${target}.before-restore-2025-04-24T15-30-12Z`, lastMigration: '20260202000000_second' });
    expect(notes(target)).toEqual(['backed up']);
    expect(notes(result.aside!)).toEqual(['current']);
  });

  it('restores into a database that is open with saves still in its WAL', async () => {
    const backup = file('clean.db');
    const origin = file('origin.db');
    makeRedlineDatabase(origin, ['from the backup']).close();
    await backupDatabase(readDatabaseConfig(`file:${origin}`), backup);
    // A file copy over this database would leave its -wal beside it, to be replayed on top.
    const target = file('busy.db');
    const open = makeRedlineDatabase(target, []);
    open.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 200; i++) open.prepare('INSERT INTO note (text) VALUES (?)').run(`unsaved ${i}`);
    try {
      await restoreDatabase(readDatabaseConfig(`file:${target}`), backup);
      expect((open.prepare('SELECT text FROM note').all() as Array<{ text: string }>).map((row) => row.text)).toEqual(['from the backup']);
      expect(open.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      open.close();
    }
    expect(notes(target)).toEqual(['from the backup']);
  });

  it('refuses a file that is not a sound Redline database, before touching anything', async () => {
    const target = file('untouched.db');
    makeRedlineDatabase(target, ['stay']).close();
    const garbage = file('garbage.db');
    writeFileSync(garbage, 'not a database'.repeat(100));
    const config = readDatabaseConfig(`file:${target}`);
    await expect(restoreDatabase(config, garbage)).rejects.toThrow(/cannot be read as a SQLite database/);
    await expect(restoreDatabase(config, file('nothing.db'))).rejects.toThrow(/There is no database at/);
    expect(notes(target)).toEqual(['stay']);
    expect(readdirSync(scratch).filter((name) => name.startsWith(`${path.basename(target)}.before-restore-`))).toEqual([]);
  });
});
