// `npm run db:copy -- <source DATABASE_URL>`: copies a whole Redline database into the empty one
// that DATABASE_URL names, e.g. a newsroom's SQLite file into the PostgreSQL database its app
// servers will share. Every row of the newsroom's data is copied with its ids, so versions,
// reviews, comments and editions keep pointing at each other; sessions and sign-in counters are
// not (everyone signs in again). The copy is one transaction on the target: all or nothing.
import { AppError } from '../lib/app-error';
import { describeDatabase, readDatabaseConfig, type DatabaseConfig } from '../lib/server/database-config';
import { Prisma } from '../lib/server/generated/prisma/client';
import { createPrismaClient, type PrismaClient } from '../lib/server/prisma-client';
import { migrateDatabase } from '../prisma/migrate';
import { readProviderMigrations } from '../prisma/migrations-folder';

type Delegate = {
  findMany(args: { where?: object; orderBy: object[]; skip: number; take: number }): Promise<object[]>;
  createMany(args: { data: object[] }): Promise<{ count: number }>;
  count(args?: { where?: object }): Promise<number>;
};

/**
 * The models that are not copied: sessions, email verifications and sign-in counters belong to
 * the old server; everyone signs in again. Every other model of prisma/models.prisma is in TABLES
 * (a test checks it against Prisma's own list, so a new model cannot be left behind silently).
 */
export const NOT_COPIED = ['Session', 'Verification', 'RateLimit'] as const satisfies readonly Prisma.ModelName[];

/**
 * The tables in an order where every row's references are copied before it. `where` splits a
 * table whose rows refer to each other (replies after the comment that opened their thread,
 * carried approvals after the editor's review they carry).
 */
type CopiedModel = Uncapitalize<Exclude<Prisma.ModelName, (typeof NOT_COPIED)[number]>>;

const TABLES: Array<{ model: CopiedModel; orderBy: object[]; where?: object }> = [
  { model: 'user', orderBy: [{ id: 'asc' }] },
  { model: 'account', orderBy: [{ id: 'asc' }] },
  // Pending invitation links and API tokens keep working after the move (a CMS's token included).
  { model: 'invitation', orderBy: [{ id: 'asc' }] },
  { model: 'apiToken', orderBy: [{ id: 'asc' }] },
  { model: 'language', orderBy: [{ code: 'asc' }] },
  { model: 'userLanguage', orderBy: [{ userId: 'asc' }, { languageCode: 'asc' }] },
  { model: 'document', orderBy: [{ id: 'asc' }] },
  { model: 'documentLanguage', orderBy: [{ documentId: 'asc' }, { languageCode: 'asc' }] },
  { model: 'paragraph', orderBy: [{ id: 'asc' }] },
  { model: 'sourceVersion', orderBy: [{ id: 'asc' }] },
  { model: 'machineTranslation', orderBy: [{ id: 'asc' }] },
  { model: 'translationVersion', orderBy: [{ id: 'asc' }] },
  { model: 'review', orderBy: [{ id: 'asc' }], where: { carriedFromReviewId: null } },
  { model: 'review', orderBy: [{ id: 'asc' }], where: { carriedFromReviewId: { not: null } } },
  { model: 'comment', orderBy: [{ id: 'asc' }], where: { threadId: null } },
  { model: 'comment', orderBy: [{ id: 'asc' }], where: { threadId: { not: null } } },
  { model: 'edition', orderBy: [{ id: 'asc' }] },
  { model: 'editionParagraph', orderBy: [{ editionId: 'asc' }, { position: 'asc' }] },
  { model: 'glossaryTerm', orderBy: [{ id: 'asc' }] },
  { model: 'importedMemoryUnit', orderBy: [{ id: 'asc' }] },
  { model: 'webhook', orderBy: [{ id: 'asc' }] },
  { model: 'webhookEvent', orderBy: [{ id: 'asc' }] },
  { model: 'webhookDelivery', orderBy: [{ id: 'asc' }] },
];

/** The models copied, in their copy order, each once (Prisma's client names: `apiToken`). */
export const COPIED_MODELS: CopiedModel[] = [...new Set(TABLES.map((table) => table.model))];

/** Prisma's models that are neither copied nor in NOT_COPIED: none, or the copy is incomplete. */
export function modelsLeftOut(): string[] {
  const accounted = new Set<string>([...COPIED_MODELS, ...NOT_COPIED.map(uncapitalize)]);
  return Object.values(Prisma.ModelName).filter((model) => !accounted.has(uncapitalize(model)));
}

function uncapitalize(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

const BATCH = 1000;

/**
 * A row without what the target database numbers itself: PostgreSQL's SourceVersion.seq (the order
 * English versions were written in, from a sequence, for the memory's index), which a copy from
 * PostgreSQL would carry past the target's sequence and SQLite has not.
 */
function withoutNumbering(row: object): object {
  if (!('seq' in row)) return row;
  const { seq: _seq, ...rest } = row as { seq: unknown };
  return rest;
}

function delegate(db: unknown, model: string): Delegate {
  return (db as Record<string, Delegate>)[model];
}

/** Copies every table of TABLES from `source` to `target`; returns the rows copied per table. */
export async function copyDatabase(source: PrismaClient, target: PrismaClient): Promise<Record<string, number>> {
  const copied: Record<string, number> = {};
  await target.$transaction(
    async (tx) => {
      for (const { model, orderBy, where } of TABLES) {
        for (let skip = 0; ; skip += BATCH) {
          const rows = await delegate(source, model).findMany({ where, orderBy, skip, take: BATCH });
          if (rows.length === 0) break;
          await delegate(tx, model).createMany({ data: rows.map(withoutNumbering) });
          copied[model] = (copied[model] ?? 0) + rows.length;
        }
      }
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  return copied;
}

/** The source must have every migration of its provider, so its tables are the target's. */
async function requireCurrentSource(config: DatabaseConfig, db: PrismaClient) {
  const expected = readProviderMigrations(config.provider).migrationDirectories.length;
  const rows = await db.$queryRawUnsafe<Array<{ count: number | bigint }>>(
    'SELECT COUNT(*) AS count FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  ).catch(() => [{ count: 0 }]);
  if (Number(rows[0].count) !== expected) {
    throw new AppError('config_invalid', {
      message: `${describeDatabase(config)} is not at this checkout's migrations: start the app on it once (or run npm run db:migrate with its DATABASE_URL), then copy.`,
    });
  }
}

async function main() {
  const [sourceUrl, ...rest] = process.argv.slice(2);
  if (!sourceUrl || rest.length) {
    throw new AppError('invalid_input', { message: 'Usage: DATABASE_URL=<target> npm run db:copy -- <source DATABASE_URL>' });
  }
  const sourceConfig = readDatabaseConfig(sourceUrl);
  const targetConfig = readDatabaseConfig();
  if (sourceConfig.url === targetConfig.url) throw new AppError('invalid_input', { message: 'The source and DATABASE_URL are the same database.' });

  const applied = await migrateDatabase(targetConfig);
  if (applied.length) console.log(`Migrated ${describeDatabase(targetConfig)}: ${applied.join(', ')}`);
  const source = createPrismaClient(sourceConfig);
  const target = createPrismaClient(targetConfig);
  try {
    await requireCurrentSource(sourceConfig, source);
    if ((await target.user.count()) > 0 || (await target.document.count()) > 0) {
      throw new AppError('config_invalid', {
        message: `${describeDatabase(targetConfig)} already has accounts or documents; copy into an empty database (start the app on it with REDLINE_DEMO=off, or not at all).`,
      });
    }
    const copied = await copyDatabase(source, target);
    console.log(`Copied ${describeDatabase(sourceConfig)} into ${describeDatabase(targetConfig)}:`);
    for (const [model, count] of Object.entries(copied)) console.log(`  ${model}: ${count}`);
    console.log('Sessions were not copied: everyone signs in again.');
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  });
}
