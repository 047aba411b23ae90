// `npm run db:restore -- <file>`: replaces DATABASE_URL's contents with a backup made by
// `npm run db:backup`, after checking the backup and keeping the current database aside.
// App servers on the database must be stopped first; `npm start` then applies newer migrations.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../lib/app-error';
import { describeDatabase, ensureDatabaseWritable, readDatabaseConfig, type DatabaseConfig } from '../lib/server/database-config';
import { backupTimestamp, removeFile, reserveFile } from './backup/files';
import { dumpPostgres, findPostgresTool, restorePostgres, verifyPostgresDump } from './backup/postgres';
import { attachToWal, copySqliteDatabase, detachFromWal, verifyRedlineDatabase } from './backup/sqlite';

export async function restoreDatabase(config: DatabaseConfig, file: string, now = new Date()) {
  const backup = path.resolve(file);
  if (config.provider === 'postgresql') {
    findPostgresTool('pg_dump');
    findPostgresTool('pg_restore');
    verifyPostgresDump(backup, config);
    // Beside the backup being restored: where this database's backups are kept.
    const aside = path.join(path.dirname(backup), `redline-before-restore-${backupTimestamp(now)}.dump`);
    await keepAside(aside, () => dumpPostgres(config, aside));
    restorePostgres(config, backup);
    return { aside, lastMigration: null };
  }

  if (backup === config.filePath) throw new AppError('invalid_input', { message: `${backup} is the database itself; name a backup file.` });
  verifyRedlineDatabase(backup);
  ensureDatabaseWritable(config);
  let aside: string | null = null;
  if (existsSync(config.filePath)) {
    aside = `${config.filePath}.before-restore-${backupTimestamp(now)}`;
    const current = config.filePath;
    await keepAside(aside, async () => {
      await copySqliteDatabase(current, aside!);
      detachFromWal(aside!);
    });
  }
  // Through the backup API, not a file copy: copying a file over a database in WAL mode would
  // leave its -wal file beside it, and SQLite would replay those old pages onto the restored
  // file on the next open (a mix of both databases); the API writes through SQLite's own
  // journal, so the database's files stay consistent whatever they held.
  await copySqliteDatabase(backup, config.filePath);
  attachToWal(config.filePath);
  const facts = verifyRedlineDatabase(config.filePath);
  return { aside, lastMigration: facts.lastMigration };
}

async function keepAside(file: string, copy: () => unknown) {
  reserveFile(file);
  try {
    await copy();
  } catch (error) {
    removeFile(file);
    const reason = error instanceof AppError ? error.message : String(error);
    throw new AppError('internal', { message: `The current database could not be kept aside as ${file}, so nothing was restored: ${reason}` });
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('-')) {
    throw new AppError('invalid_input', { message: 'Usage: npm run db:restore -- <file> (a file made by npm run db:backup).' });
  }
  const config = readDatabaseConfig();
  console.log(`Restoring ${describeDatabase(config)} from ${path.resolve(args[0])}.`);
  console.log('Every app server on this database must be stopped first: a running server would keep working on what it had read.');
  const result = await restoreDatabase(config, args[0]);
  if (result.aside) console.log(`The database as it was is kept as ${result.aside}`);
  console.log(`Restored${result.lastMigration ? ` (last migration ${result.lastMigration})` : ''}.`);
  console.log('Start the app with npm start: it applies any migrations newer than the backup.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  });
}
