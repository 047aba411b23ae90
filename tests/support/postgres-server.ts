// Small helpers for tests that run against a PostgreSQL server.
import pg from 'pg';

/** The migrated database that each integration test file copies. */
export const POSTGRES_TEMPLATE_DATABASE = 'redline_template';

/** The same server URL naming another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement (CREATE/DROP DATABASE) on the server's maintenance database. */
export async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
