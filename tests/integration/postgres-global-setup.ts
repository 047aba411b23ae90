// Global set-up of the `postgresql` test project: a PostgreSQL server (the one named by
// REDLINE_TEST_POSTGRES_URL, or a throwaway one started here) with a migrated template
// database that every test file copies (CREATE DATABASE ... TEMPLATE: fast, and each file
// still gets a database of its own).
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../prisma/migrate';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { startThrowawayPostgres } from '../../scripts/postgres/throwaway-cluster';
import { onServer, POSTGRES_TEMPLATE_DATABASE, withDatabase } from '../support/postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server's maintenance URL in the `postgresql` project; unset for SQLite. */
    postgresServerUrl: string | undefined;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.REDLINE_TEST_POSTGRES_URL;
  const server = given ? null : await startThrowawayPostgres();
  const serverUrl = given ?? server!.url;
  await onServer(serverUrl, `DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE_DATABASE} WITH (FORCE)`);
  await migrateDatabase(readDatabaseConfig(withDatabase(serverUrl, POSTGRES_TEMPLATE_DATABASE)));
  project.provide('postgresServerUrl', serverUrl);
  return async () => {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE_DATABASE} WITH (FORCE)`).catch(() => {});
    server?.stop();
  };
}
