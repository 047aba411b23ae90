// Fills in the search form (`searchText`, lib/search-text.ts) of versions written before the
// column existed: the search_text migration leaves it empty, since SQL cannot fold case the way
// the app does (SQLite's lower() folds ASCII only). Runs after every migration, so a run cut
// short finishes on the next start; with nothing to fill it costs one scan of each table.
import type { DatabaseConfig } from '../lib/server/database-config';
import { createPrismaClient, type PrismaClient } from '../lib/server/prisma-client';
import { searchFold } from '../lib/search-text';

const BATCH = 500;

type VersionTable = {
  findMany(args: object): Promise<Array<{ id: string; text: string }>>;
  updateMany(args: { where: { id: string }; data: { searchText: string } }): unknown;
};

/** Rows whose search form was filled in, per table. */
export async function backfillSearchText(config: DatabaseConfig): Promise<{ sourceVersion: number; translationVersion: number }> {
  const db = createPrismaClient(config);
  try {
    return {
      sourceVersion: await fill(db, db.sourceVersion as unknown as VersionTable),
      translationVersion: await fill(db, db.translationVersion as unknown as VersionTable),
    };
  } finally {
    await db.$disconnect();
  }
}

async function fill(db: PrismaClient, table: VersionTable): Promise<number> {
  let filled = 0;
  let after = '';
  for (;;) {
    // In id order from where the last batch ended: one pass, even over rows whose fold is empty.
    const rows = await table.findMany({
      where: { searchText: '', text: { not: '' }, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: BATCH,
      select: { id: true, text: true },
    });
    if (rows.length === 0) return filled;
    // updateMany: no RETURNING of every column, so it works before the later migrations ran too.
    await db.$transaction(rows.map((row) => table.updateMany({ where: { id: row.id }, data: { searchText: searchFold(row.text) } }) as never));
    filled += rows.length;
    after = rows[rows.length - 1].id;
  }
}
