// `npm run db:backup -- [file]`: a consistent copy of DATABASE_URL, safe while the app serves and
// saves. SQLite: SQLite's online backup API in one step, then the copy is checked; PostgreSQL:
// pg_dump in its custom format. Restore with `npm run db:restore -- <file>`.
import { statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../lib/app-error';
import { describeDatabase, readDatabaseConfig, type DatabaseConfig } from '../lib/server/database-config';
import { defaultBackupFile, formatSize, removeFile, reserveFile } from './backup/files';
import { dumpPostgres, findPostgresTool, verifyPostgresDump } from './backup/postgres';
import { copySqliteDatabase, detachFromWal, requireDatabaseFile, verifyRedlineDatabase } from './backup/sqlite';

export async function backupDatabase(config: DatabaseConfig, file = defaultBackupFile(config)) {
  const destination = path.resolve(file);
  if (config.provider === 'sqlite') requireDatabaseFile(config.filePath);
  else findPostgresTool('pg_dump');
  reserveFile(destination);
  try {
    if (config.provider === 'sqlite') {
      await copySqliteDatabase(config.filePath, destination);
      detachFromWal(destination);
      const facts = verifyRedlineDatabase(destination);
      return { file: destination, size: statSync(destination).size, lastMigration: facts.lastMigration };
    }
    dumpPostgres(config, destination);
    verifyPostgresDump(destination, config);
    return { file: destination, size: statSync(destination).size, lastMigration: null };
  } catch (error) {
    removeFile(destination);
    throw error;
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length > 1 || args[0]?.startsWith('-')) {
    throw new AppError('invalid_input', { message: 'Usage: npm run db:backup -- [file] (without a file, a timestamped one under backups/).' });
  }
  const config = readDatabaseConfig();
  const backup = await backupDatabase(config, args[0]);
  console.log(`Backed up ${describeDatabase(config)} to ${backup.file}`);
  const migration = backup.lastMigration ? `, last migration ${backup.lastMigration}` : '';
  const checked = config.provider === 'sqlite' ? ', integrity_check ok' : '';
  console.log(`  ${formatSize(backup.size)}${checked}${migration}`);
  console.log(`Restore it with: npm run db:restore -- ${backup.file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  });
}
