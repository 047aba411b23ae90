import 'server-only';
// The translation memory's units imported from TMX files (import-tmx.ts), read for a search or
// the brute-force scan (a window of the newest) and for the TMX export (all of them, in pages).
// They become memory pairs, merged with the approved ones, by lib/memory-pairs.ts.
import { newestImportFirst, type ImportedUnitRow } from '../../memory-pairs';
import { searchFold } from '../../search-text';
import type { Db, Tx } from '../db';
import { letOthersIn } from '../let-others-in';

/** The memory considers at most this many imported units a language when it scans them all. */
const IMPORTED_WINDOW = 5000;

const select = { id: true, source: true, target: true, origin: true, authorName: true, createdAt: true, importedAt: true } as const;

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
