// Reads a provider's schema and migrations folder into the shapes Prisma's schema engine expects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { migrationsDir, schemaPath, type DatabaseProvider } from './providers';

export function readSchemaFiles(provider: DatabaseProvider) {
  const file = schemaPath(provider);
  return [{ path: file, content: readFileSync(file, 'utf8') }];
}

export function readMigrationList(dir: string): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

export function readProviderMigrations(provider: DatabaseProvider): MigrationList {
  return readMigrationList(migrationsDir(provider));
}
