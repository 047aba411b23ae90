// Applies the committed migrations of the configured database (prisma/sqlite/migrations or
// prisma/postgresql/migrations) to DATABASE_URL, offline, with Prisma's own schema engine
// (WebAssembly), then fills in what SQL cannot (prisma/backfill-search-text.ts).
// `npm run db:migrate` runs it; `npm start` calls it first. Prisma's `_prisma_migrations` table
// records what ran, so the Prisma CLI agrees with it.
import Database from 'better-sqlite3';
import {
  createAdapterFactory,
  describeDatabase,
  ensureDatabaseWritable,
  readDatabaseConfig,
  type DatabaseConfig,
} from '../lib/server/database-config';
import { AppError } from '../lib/app-error';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { backfillSearchText } from './backfill-search-text';
import { openSchemaEngine } from './schema-engine';
import { readProviderMigrations, readSchemaFiles } from './migrations-folder';
import { schemaFilters } from './providers';
import { ensurePostgresDatabase, postgresHasMigrationTable, postgresSchemaEngineAdapter, withMigrationLock } from './postgres-database';


export async function migrateDatabase(config: DatabaseConfig = readDatabaseConfig()) {
  ensureDatabaseWritable(config);
  if (config.provider === 'postgresql') {
    await ensurePostgresDatabase(config);
    // Several app servers may start at once; one migrates while the others wait.
    return withMigrationLock(config, async () => {
      const applied = await applyMigrations(config, await postgresHasMigrationTable(config));
      await backfillSearchText(config);
      return applied;
    });
  }
  const applied = await applyMigrations(config, prepareSqliteFile(config.filePath));
  await backfillSearchText(config);
  return applied;
}

async function applyMigrations(config: DatabaseConfig, hasMigrationHistory: boolean) {
  const migrationsList = readProviderMigrations(config.provider);
  const adapter = config.provider === 'postgresql' ? postgresSchemaEngineAdapter(config) : createAdapterFactory(config);
  const { engine, close } = await openSchemaEngine(adapter, readSchemaFiles(config.provider));
  try {
    if (hasMigrationHistory) await refuseUnknownHistory(engine, migrationsList, config.provider);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: schemaFilters(config.provider) });
    return appliedMigrationNames;
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The engine's messages carry a Rust backtrace after the first lines; the sentence is enough.
    const sentence = String((error as Error).message).split('\n   0:')[0].trim();
    throw new AppError('config_invalid', { message: `Migrating ${describeDatabase(config)} failed: ${sentence}` });
  } finally {
    await close();
  }
}

/** Stops before touching a database that ran migrations this checkout does not have. */
async function refuseUnknownHistory(engine: SchemaEngine, migrationsList: MigrationList, provider: DatabaseConfig['provider']) {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: schemaFilters(provider),
    });
    if (diagnosis.failedMigrationNames.length > 0) {
      throw new AppError('config_invalid', {
        message: `The database has failed migrations: ${diagnosis.failedMigrationNames.join(', ')}. Restore a backup before starting.`,
      });
    }
    if (diagnosis.editedMigrationNames.length > 0) {
      throw new AppError('config_invalid', {
        message: `Migrations were edited after they were applied: ${diagnosis.editedMigrationNames.join(', ')}. Committed migrations must never change.`,
      });
    }
    const history = diagnosis.history;
    if (history && history.diagnostic !== 'databaseIsBehind') {
      throw new AppError('config_invalid', {
        message: `The database has migrations that this checkout's migrations folder does not: ${history.unpersistedMigrationNames.join(', ')}. Is this checkout older than the database?`,
      });
    }
}

/**
 * Switches the file to WAL, which lets readers go on while one writer writes (the mode is stored
 * in the file, so once is enough), and says whether Prisma's migration table exists yet.
 */
function prepareSqliteFile(filePath: string): boolean {
  const db = new Database(filePath);
  try {
    db.pragma('journal_mode = WAL');
    return Boolean(
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get(),
    );
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrateDatabase()
    .then((names) => {
      console.log(names.length ? `Applied migrations: ${names.join(', ')}` : 'The database is up to date.');
    })
    .catch((error) => {
      console.error(error instanceof AppError ? error.message : error);
      process.exit(1);
    });
}
