// SourceVersion.seq on PostgreSQL: the memory's index of the English reads on by it, and its
// cursor (lib/memory-english-cursor.ts) relies on a version's number being taken only once the
// writing transaction has an id. PostgreSQL gives a transaction its id at its first write, after
// a column default has run, so the default asks for the id first.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../test-database';

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await openTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.close();
});

const transactionId = async () => (await client.query<{ xid: string | null }>('SELECT pg_current_xact_id_if_assigned()::text AS xid')).rows[0].xid;

describe('a source version number', () => {
  it('is the default of SourceVersion.seq', async () => {
    const { rows } = await client.query<{ expression: string }>(
      `SELECT column_default AS expression FROM information_schema.columns WHERE table_name = 'SourceVersion' AND column_name = 'seq'`,
    );
    expect(rows).toEqual([{ expression: 'redline_source_version_seq()' }]);
  });

  it('gives a transaction without an id one before it takes the number, and numbers go up', async () => {
    await client.query('BEGIN');
    try {
      expect(await transactionId()).toBeNull();
      const first = (await client.query<{ seq: string }>('SELECT redline_source_version_seq()::text AS seq')).rows[0].seq;
      expect(await transactionId()).not.toBeNull();
      const second = (await client.query<{ seq: string }>('SELECT redline_source_version_seq()::text AS seq')).rows[0].seq;
      expect(BigInt(second)).toBeGreaterThan(BigInt(first));
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
