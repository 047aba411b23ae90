// The translation memory's pairs as its queries' rows become them, and the one order in which
// approved and imported pairs are merged: approved translations first (newest approval first),
// then units imported from TMX files (newest import first), one pair per distinct English and
// translation. Suggestions from the index and from the brute-force scan both merge this way, so
// they rank the same candidates in the same order. Pure: the memory's thread
// (lib/server/memory/memory-thread-worker.ts) assembles the index's candidates with it too.
import type { MemoryPair } from './api/memory';

/** One approved translation with the English it was approved against; a row of the candidates' query. */
export type MemoryCandidateRow = {
  source: string;
  target: string;
  versionId: string;
  slug: string;
  title: string;
  /** When the approval was made: the brute-force memory's order, newest first, breaks ties. */
  approvedAt: Date | string | number;
};

/** A unit imported from a TMX file, as the database gives it. */
export type ImportedUnitRow = {
  id: string;
  source: string;
  target: string;
  origin: string;
  authorName: string | null;
  createdAt: Date | string | number | null;
  importedAt: Date | string | number;
};

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

/**
 * The index's candidates (approved pairs and imported units, in any order) in the order and
 * form of the brute-force scan, so that ranking them gives what ranking every pair would, ties included.
 */
export function candidatePairs(approved: MemoryCandidateRow[], imported: ImportedUnitRow[]): MemoryPair[] {
  const newestFirst = approved
    .map((row) => ({ row, approvedAt: toDate(row.approvedAt).getTime() }))
    .sort((a, b) => b.approvedAt - a.approvedAt);
  const seen = new Set<string>();
  const pairs: MemoryPair[] = [];
  for (const { row } of newestFirst) {
    const key = `${row.source}\u0000${row.target}`;
    if (seen.has(key) || !row.target.trim()) continue;
    seen.add(key);
    pairs.push({ source: row.source, target: row.target, versionId: row.versionId, document: { slug: row.slug, title: row.title }, imported: null });
  }
  return mergeMemoryPairs(pairs, [...imported].sort(newestImportFirst));
}
