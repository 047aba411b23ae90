import 'server-only';
// The translation memory's units imported from TMX files (import-tmx.ts) as memory pairs, and
// the one order in which approved and imported pairs are merged: approved translations first
// (newest approval first), then imported units (newest import first), one pair per distinct
// English and translation. Suggestions from the index and from the brute-force scan both merge
// this way, so they rank the same candidates in the same order.
import type { MemoryPair } from '../../api/memory';
import { searchFold } from '../../search-text';
import type { Db, Tx } from '../db';
import { letOthersIn } from '../let-others-in';

/** The memory considers at most this many imported units a language when it scans them all. */
const IMPORTED_WINDOW = 5000;

export type ImportedUnitRow = {
  id: string;
  source: string;
  target: string;
  origin: string;
  authorName: string | null;
  createdAt: Date | string | number | null;
  importedAt: Date | string | number;
};

const select = { id: true, source: true, target: true, origin: true, authorName: true, createdAt: true, importedAt: true } as const;

export function importedPairOf(row: ImportedUnitRow): MemoryPair {
  return {
    source: row.source,
    target: row.target,
    versionId: null,
    document: null,
    imported: {
      unitId: row.id,
      file: row.origin,
      author: row.authorName,
      createdAt: row.createdAt === null ? null : toDate(row.createdAt).toISOString(),
    },
  };
}

/** Raw SQL gives SQLite's dates as numbers or strings. */
export function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
}

/** Newest import first; the id decides between the units of one import. */
export function newestImportFirst(a: ImportedUnitRow, b: ImportedUnitRow): number {
  return toDate(b.importedAt).getTime() - toDate(a.importedAt).getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export async function loadImportedUnits(
  db: Db | Tx,
  { lang, contains }: { lang: string; contains?: string },
): Promise<ImportedUnitRow[]> {
  const rows = await db.importedMemoryUnit.findMany({
    where: { languageCode: lang, ...(contains ? { OR: [{ searchText: { contains } }, { targetSearchText: { contains } }] } : {}) },
    orderBy: [{ importedAt: 'desc' }, { id: 'desc' }],
    take: IMPORTED_WINDOW,
    select,
  });
  // As in loadApprovedPairs: LIKE reads "%" and "_" as wildcards, so a needle with them is checked again.
  const exact = contains !== undefined && /[%_]/.test(contains) ? rows.filter((row) => searchFold(row.source).includes(contains) || searchFold(row.target).includes(contains)) : rows;
  return exact.sort(newestImportFirst);
}

/** Imported units read at a time by loadAllImportedUnits. */
const UNITS_PER_READ = 2000;

/**
 * Every imported unit of a language, newest import first, read a page at a time with other
 * requests let in between: an agency's memory can hold a hundred thousand units. Not for a
 * transaction (let-others-in.ts).
 */
export async function loadAllImportedUnits(db: Db, lang: string): Promise<ImportedUnitRow[]> {
  const rows: ImportedUnitRow[] = [];
  let cursor: { id: string } | undefined;
  for (;;) {
    const page = await db.importedMemoryUnit.findMany({
      where: { languageCode: lang },
      orderBy: [{ importedAt: 'desc' }, { id: 'desc' }],
      take: UNITS_PER_READ,
      ...(cursor ? { cursor, skip: 1 } : {}),
      select,
    });
    rows.push(...page);
    if (page.length < UNITS_PER_READ) return rows;
    cursor = { id: page[page.length - 1].id };
    await letOthersIn();
  }
}

/** Approved pairs, then imported ones, without a second copy of any English and translation. */
export function mergeMemoryPairs(approved: MemoryPair[], imported: ImportedUnitRow[]): MemoryPair[] {
  const seen = new Set(approved.map((pair) => `${pair.source}\u0000${pair.target}`));
  const merged = [...approved];
  for (const row of imported) {
    const key = `${row.source}\u0000${row.target}`;
    if (seen.has(key) || !row.target.trim()) continue;
    seen.add(key);
    merged.push(importedPairOf(row));
  }
  return merged;
}
