// PostgreSQL chores around the schema engine: creating the database on first start (as
// `prisma migrate deploy` does) and asking whether migrations ran before.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { AppError } from '../lib/app-error';
import { postgresPoolConfig, type PostgresConfig } from '../lib/server/database-config';

async function withClient<T>(config: PostgresConfig, database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(postgresPoolConfig(config, database));
  try {
    await client.connect();
  } catch (error) {
    throw new AppError('config_invalid', {
      message: `Cannot connect to PostgreSQL database "${database}": ${(error as Error).message}. Check DATABASE_URL.`,
    });
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the database named in DATABASE_URL when the server does not have it yet. */
export async function ensurePostgresDatabase(config: PostgresConfig): Promise<boolean> {
  return withClient(config, 'postgres', async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [config.name]);
    if (rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(config.name)}`);
    } catch (error) {
      // Another app server starting at the same moment created it first: "already exists", or
      // the catalog's unique index when both got past the check above together.
      if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
      return false;
    }
    return true;
  });
}

export async function postgresHasMigrationTable(config: PostgresConfig): Promise<boolean> {
  return withClient(config, config.name, async (client) => {
    const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS found");
    return rows[0]?.found != null;
  });
}

/** An arbitrary constant: the advisory lock that serialises Redline's migrators on one server. */
const MIGRATION_LOCK_KEY = 7_317_542;

/** Runs `work` while holding a session advisory lock, so concurrent migrators take turns. */
export async function withMigrationLock<T>(config: PostgresConfig, work: () => Promise<T>): Promise<T> {
  return withClient(config, config.name, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  });
}

/**
 * The PostgreSQL adapter for Prisma's schema engine, with two repairs of @prisma/adapter-pg 7.10
 * for the engine's use (the app's queries never meet either):
 * - the engine's schema description reads catalog columns of PostgreSQL's one-byte `"char"`
 *   type (OID 18), which the adapter refuses ("Column type 'char' could not be
 *   deserialized"); they arrive as strings, so they are reported as text;
 * - to diff migrations the engine replays them on a shadow database; the adapter's own shadow
 *   drops that database while its pool is still connected, which PostgreSQL refuses, so this one
 *   closes the pool first.
 */
export function postgresSchemaEngineAdapter(config: PostgresConfig): SqlMigrationAwareDriverAdapterFactory {
  const adapterOn = (database: string) =>
    new PrismaPg(withCharAsText(new pg.Pool(postgresPoolConfig(config, database))), { disposeExternalPool: true });
  const main = adapterOn(config.name);
  const admin = (sql: string) => withClient(config, config.name, (client) => client.query(sql));
  return {
    adapterName: main.adapterName,
    provider: main.provider,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const name = `redline_shadow_${randomUUID().replaceAll('-', '')}`;
      await admin(`CREATE DATABASE ${name}`);
      const shadow = await adapterOn(name).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      };
      return shadow;
    },
  };
}

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Reports `"char"` result columns of the pool's connections as text (see above). */
function withCharAsText(pool: pg.Pool): pg.Pool {
  const relabel = <R>(result: R): R => {
    for (const field of (result as { fields?: Array<{ dataTypeID: number }> })?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === 'function') {
        args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : relabel(result));
        return query(...args);
      }
      const returned = query(...args);
      return returned instanceof Promise ? returned.then(relabel) : returned;
    };
  });
  return pool;
}
