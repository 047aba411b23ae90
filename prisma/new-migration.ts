// `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the committed migrations to the current schema.prisma.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { openSchemaEngine } from './schema-engine';
import { migrationsDir, readMigrationList, readSchemaFiles } from './migrations-folder';

export async function migrationSqlFor(migrationsPath = migrationsDir): Promise<string> {
  // The engine replays the migrations on a throwaway shadow database and diffs it with the schema.
  const scratch = mkdtempSync(path.join(tmpdir(), 'redline-shadow-'));
  const adapter = new PrismaBetterSqlite3(
    { url: `file:${path.join(scratch, 'main.db')}` },
    { shadowDatabaseUrl: `file:${path.join(scratch, 'shadow.db')}` },
  );
  const { engine, close } = await openSchemaEngine(adapter, readSchemaFiles());
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrationList(migrationsPath) },
      to: { tag: 'schemaDatamodel', files: readSchemaFiles() },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? '';
  } finally {
    await close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('Usage: npm run db:migration:new -- <name in snake_case>');
    process.exit(1);
  }
  const lock = path.join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lock)) {
    mkdirSync(migrationsDir, { recursive: true });
    writeFileSync(lock, '# Written by prisma/new-migration.ts; the provider of these migrations.\nprovider = "sqlite"\n');
  }
  const sql = await migrationSqlFor();
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log('schema.prisma matches the migrations: nothing to write.');
    process.exit(0);
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), sql);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
