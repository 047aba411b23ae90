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
