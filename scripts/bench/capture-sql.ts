// Records the SQL the service layer issues for one read (the document a workbench shows, with the
// session lookup in front) and one save, by running the real service code in this process with a
// Prisma client that logs its queries; then replays those statements straight on better-sqlite3.
// Run under `tsx --conditions=react-server` (as `npm run bench` does), so 'server-only' loads.
import Database from 'better-sqlite3';
import { PrismaClient } from '../../lib/server/generated/prisma/client';
import { createAdapterFactory, readDatabaseConfig } from '../../lib/server/database-config';
import { BENCH_SECRET } from './app-server';

export type Statement = { sql: string; params: unknown[] };

type Captured = { statements: Statement[]; result: unknown; error?: string };

let client: PrismaClient | null = null;
let log: Statement[] = [];

function loggingClient(databaseFile: string) {
  if (!client) {
    process.env.DATABASE_URL = `file:${databaseFile}`;
    // The same secret as the server, so the session cookie it signed is valid here.
    process.env.BETTER_AUTH_SECRET ??= BENCH_SECRET;
    client = new PrismaClient({
      adapter: createAdapterFactory(readDatabaseConfig(`file:${databaseFile}`)),
      log: [{ emit: 'event', level: 'query' }],
    });
    (client as unknown as { $on: (event: 'query', fn: (e: { query: string; params: string }) => void) => void }).$on('query', (event) => {
      let params: unknown[] = [];
      try {
        params = JSON.parse(event.params);
      } catch {
        params = [];
      }
      log.push({ sql: event.query, params });
    });
    // The app's own getDb() returns this client from now on (lib/server/db.ts caches it here).
    (globalThis as unknown as { redlinePrisma?: PrismaClient }).redlinePrisma = client;
  }
  return client;
}

async function capture(fn: () => Promise<unknown>): Promise<Captured> {
  log = [];
  try {
    const result = await fn();
    return { statements: [...log], result };
  } catch (error) {
    return { statements: [...log], result: null, error: String((error as Error).message ?? error).split('\n').filter(Boolean).slice(-1)[0] };
  }
}

/** The read behind GET /api/documents/{slug}?lang= (and the workbench): session, actor, paragraphs. */
export async function captureRead(databaseFile: string, cookie: string, slug: string, lang: string) {
  loggingClient(databaseFile);
  const { getAuth } = await import('../../lib/server/auth');
  const { loadSessionActor } = await import('../../lib/server/session');
  const { getDocumentTranslation } = await import('../../lib/server/documents/get-document-translation');
  return capture(async () => {
    const session = await getAuth().api.getSession({ headers: sessionHeaders(cookie) });
    const actor = await loadSessionActor({ sessionId: session!.session.id, userId: session!.user.id });
    return getDocumentTranslation({ slug, lang, actor: actor! });
  });
}

/** The SQL of one save (POST .../versions): session, actor, checks, the insert. */
export async function captureSave(databaseFile: string, cookie: string, paragraphId: string, lang: string, baseVersionId: string | null, text: string) {
  loggingClient(databaseFile);
  const { getAuth } = await import('../../lib/server/auth');
  const { loadSessionActor } = await import('../../lib/server/session');
  const { saveTranslationVersion } = await import('../../lib/server/translations/save-translation-version');
  return capture(async () => {
    const session = await getAuth().api.getSession({ headers: sessionHeaders(cookie) });
    const actor = await loadSessionActor({ sessionId: session!.session.id, userId: session!.user.id });
    return saveTranslationVersion({ paragraphId, lang, text, baseVersionId, actor: actor! });
  });
}

export async function closeCapture() {
  await client?.$disconnect();
  client = null;
}

/**
 * The server sets the __Secure- cookie (it runs in production mode); in this process better-auth
 * has no request URL and looks for the plain name, so both are sent.
 */
function sessionHeaders(cookie: string) {
  return new Headers({ cookie: `${cookie}; ${cookie.replace(/__Secure-/g, '')}` });
}

function bind(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** Prepares the statements once on a connection; run() executes them all in order. */
export function replayer(databaseFile: string, statements: Statement[]) {
  const db = new Database(databaseFile);
  db.pragma('busy_timeout = 5000');
  const prepared = statements
    .filter((statement) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(statement.sql))
    .map((statement) => ({ stmt: db.prepare(statement.sql), params: statement.params.map(bind), reader: false }))
    .map((entry) => ({ ...entry, reader: entry.stmt.reader }));
  return {
    db,
    prepared,
    run(patch?: (params: unknown[], index: number) => unknown[]) {
      let rows = 0;
      prepared.forEach((entry, index) => {
        const params = patch ? patch(entry.params, index) : entry.params;
        if (entry.reader) rows += entry.stmt.all(...params).length;
        else entry.stmt.run(...params);
      });
      return rows;
    },
    /** Runs them all like run() and returns what the reading statements returned. */
    results() {
      return prepared.map((entry) => (entry.reader ? entry.stmt.all(...entry.params) : entry.stmt.run(...entry.params)));
    },
    close: () => db.close(),
  };
}
