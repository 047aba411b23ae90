// The databases Redline runs on and where each one's Prisma files live:
// prisma/<provider>/schema.prisma (composed from prisma/models.prisma) and
// prisma/<provider>/migrations.
import path from 'node:path';
import type { DatabaseProvider } from '../lib/server/database-config';

export type { DatabaseProvider };
export const DATABASE_PROVIDERS: DatabaseProvider[] = ['sqlite', 'postgresql'];

export const prismaDir = path.dirname(new URL(import.meta.url).pathname);
export const modelsPath = path.join(prismaDir, 'models.prisma');

export function schemaPath(provider: DatabaseProvider) {
  return path.join(prismaDir, provider, 'schema.prisma');
}

export function migrationsDir(provider: DatabaseProvider) {
  return path.join(prismaDir, provider, 'migrations');
}

/**
 * Tables that migrations create in raw SQL and Prisma's schema cannot describe: SQLite's FTS5
 * indexes of the English, of source versions and of imported TMX units (with the shadow tables FTS5 keeps beside it). PostgreSQL's trigram
 * index is an index of a modelled column, which the engine leaves alone. The schema engine leaves
 * them alone when it diffs the migrations against the schema.
 */
export const RAW_SQL_TABLES = ['SourceVersionFts', 'ImportedMemoryUnitFts'].flatMap((table) => [
  table,
  ...['config', 'content', 'data', 'docsize', 'idx'].map((shadow) => `${table}_${shadow}`),
]);

/** What the schema engine should not manage on `provider` (see RAW_SQL_TABLES). */
export function schemaFilters(provider: DatabaseProvider) {
  return { externalTables: provider === 'sqlite' ? RAW_SQL_TABLES : [], externalEnums: [] as string[] };
}
