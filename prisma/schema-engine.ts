// Loads Prisma's schema engine (the one `prisma migrate` uses) from its WebAssembly build, so
// migrations run offline. The package's entry imports the .wasm file as an ES module, which
// Node 20 cannot do, so this instantiates it by hand.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

let bindings: Promise<typeof import('@prisma/schema-engine-wasm/schema_engine_bg')> | undefined;

async function loadBindings() {
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import(pathToFileURL(bgPath).href);
  const bytes = await readFile(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg;
}

export type OpenSchemaEngine = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * A schema engine bound to the database behind `adapter`, knowing the given schema files.
 * `close()` frees the engine and closes the connections it opened: freeing the engine alone
 * leaves them open, and an open SQLite connection of the engine keeps the file locked.
 */
export async function openSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: Array<{ path: string; content: string }>,
  log: (message: string) => void = () => {},
): Promise<OpenSchemaEngine> {
  bindings ??= loadBindings();
  const bg = await bindings;
  const connections: SqlDriverAdapter[] = [];
  const bound = bindMigrationAwareSqlAdapterFactory(trackedConnections(adapter, connections));
  const engine = await bg.SchemaEngine.new(
    { datamodels: schemaFiles.map((file) => [file.path, file.content] as [string, string]) },
    log,
    bound,
  );
  return {
    engine: withAdapterErrors(engine, bound.errorRegistry),
    close: async () => {
      engine.free();
      await Promise.all(connections.map((connection) => connection.dispose().catch(() => {})));
    },
  };
}

/**
 * Records every connection the engine opens, so `close()` can close them. When it replays
 * migrations on the shadow database the engine sends a whole migration.sql
 * through `executeRaw`, which better-sqlite3 refuses ("more than one statement"). Such calls
 * carry no parameters, so they go to `executeScript`, which runs scripts.
 */
function trackedConnections(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  connections: SqlDriverAdapter[],
): SqlMigrationAwareDriverAdapterFactory {
  return {
    adapterName: adapter.adapterName,
    provider: adapter.provider,
    connect: async () => {
      const connection = await adapter.connect();
      connections.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const shadow = await adapter.connectToShadowDb();
      connections.push(shadow);
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) =>
        query.args.length === 0 && /;\s*\S/.test(query.sql)
          ? (await shadow.executeScript(query.sql), 0)
          : executeRaw(query);
      return shadow;
    },
  };
}

type ErrorRegistry = { registeredErrors: Array<{ error: unknown } | undefined> };

/**
 * The engine reports a driver failure only as "External error id#N"; the driver's own error
 * waits in the adapter's registry. This appends it, so a failed migration says what SQLite said.
 */
function withAdapterErrors(engine: SchemaEngine, registry: unknown): SchemaEngine {
  const errors = (registry as ErrorRegistry).registeredErrors;
  return new Proxy(engine, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((error: Error) => {
          const causes = errors.filter(Boolean).map((entry) => JSON.stringify(entry!.error));
          if (causes.length) error.message += `\nDriver: ${causes.join('\n')}`;
          throw error;
        });
      };
    },
  });
}
