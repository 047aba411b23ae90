// SQLite backups through SQLite's online backup API, and the check that a file is a sound
// Redline database. Used by `npm run db:backup` and `npm run db:restore`.
import { accessSync, constants, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../lib/app-error';
import { SQLITE_BUSY_TIMEOUT_MS } from '../../lib/server/database-config';

/** The most pages better-sqlite3 passes to one sqlite3_backup_step call (it clamps to 2^31-1). */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the database in `sourceFile`, including what its WAL holds, into `destinationFile` as
 * one consistent snapshot, while app servers go on reading and saving.
 *
 * The backup API copies in steps of N pages, and when another connection writes between two
 * steps SQLite starts the copy over from the first page: under a steady save load a copy in
 * small steps may restart forever. So the progress callback (called after better-sqlite3's first
 * step, which copies nothing and only counts pages) asks for every page at once. One step runs
 * inside one read transaction, which in WAL mode sees a single committed state of the database
 * and blocks no writer; saves go on landing in the WAL meanwhile and are simply not in this copy.
 *
 * Writing into the destination goes through SQLite too, so an existing destination in WAL mode
 * (a restore over a database) gets its WAL handled correctly, unlike a raw file copy.
 */
export async function copySqliteDatabase(sourceFile: string, destinationFile: string) {
  const source = openExisting(sourceFile);
  try {
    await source.backup(destinationFile, { progress: () => ALL_PAGES });
  } catch (error) {
    throw new AppError('internal', { message: `Copying ${sourceFile} to ${destinationFile} failed: ${sentence(error)}` });
  } finally {
    source.close();
  }
}

/**
 * Makes a backup copy one self-contained file: rollback-journal mode instead of the source's WAL,
 * so it opens read-only anywhere and never needs a -wal or -shm file beside it.
 */
export function detachFromWal(file: string) {
  setJournalMode(file, 'DELETE');
}

/** Puts a restored database back into WAL mode, the mode the app runs in. */
export function attachToWal(file: string) {
  setJournalMode(file, 'WAL');
}

function setJournalMode(file: string, mode: 'DELETE' | 'WAL') {
  const db = openExisting(file);
  try {
    db.pragma(`journal_mode = ${mode}`);
  } catch (error) {
    throw new AppError('internal', { message: `${file} could not be switched to ${mode} mode: ${sentence(error)}` });
  } finally {
    db.close();
  }
}

export type RedlineDatabaseFacts = { lastMigration: string | null; migrations: number };

/**
 * Checks that `file` is an undamaged Redline database: `PRAGMA integrity_check` says ok and
 * Prisma's `_prisma_migrations` table is there. Returns the last migration it has applied.
 */
export function verifyRedlineDatabase(file: string): RedlineDatabaseFacts {
  const db = openExisting(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('invalid_input', { message: `${file} is damaged: integrity_check says "${String(integrity)}".` });
    const hasHistory = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasHistory) throw new AppError('invalid_input', { message: `${file} is not a Redline database: it has no _prisma_migrations table.` });
    const applied = db
      .prepare('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name')
      .all() as Array<{ name: string }>;
    return { lastMigration: applied.at(-1)?.name ?? null, migrations: applied.length };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', { message: `${file} cannot be read as a SQLite database: ${sentence(error)}` });
  } finally {
    db.close();
  }
}

export function requireDatabaseFile(file: string) {
  if (!existsSync(file)) throw new AppError('not_found', { message: `There is no database at ${file}; check DATABASE_URL or the file name.` });
}

function openExisting(file: string) {
  requireDatabaseFile(file);
  try {
    accessSync(file, constants.R_OK);
    return new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new AppError('invalid_input', { message: `${file} cannot be opened: ${sentence(error)}` });
  }
}

function sentence(error: unknown): string {
  const text = (error as Error)?.message ?? String(error);
  return text.split('\n')[0].replace(/\.$/, '') + '.';
}
