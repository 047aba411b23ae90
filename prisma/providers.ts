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
 * Tables that migrations create in raw SQL and Prisma's schema cannot describe on SQLite: the FTS5
 * index of imported TMX units' English (with the shadow tables FTS5 keeps beside it) and the log of
 * English versions the memory's thread reads. PostgreSQL's trigram
 * index is an index of a modelled column, which the engine leaves alone. The schema engine leaves
 * them alone when it diffs the migrations against the schema.
 */
export const RAW_SQL_TABLES = [
  ...['ImportedMemoryUnitFts'].flatMap((table) => [table, ...['config', 'content', 'data', 'docsize', 'idx'].map((shadow) => `${table}_${shadow}`)]),
  // The English versions in the order they were written, for the memory's index in memory.
  'SourceVersionLog',
];

/** What the schema engine should not manage on `provider` (see RAW_SQL_TABLES). */
export function schemaFilters(provider: DatabaseProvider) {
  return { externalTables: provider === 'sqlite' ? RAW_SQL_TABLES : [], externalEnums: [] as string[] };
}
