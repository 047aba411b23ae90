import 'server-only';
// The memory pairs worth scoring for a paragraph: a few hundred approved pairs and as many units
// imported from TMX files, each chosen by the database's index of their English
// (memory-candidates-sql.ts), instead of every pair in the language, asked off the event loop
// (memory-thread.ts).
import { searchFold } from '../../search-text';
import { readDatabaseConfig } from '../database-config';
import type { Db } from '../db';
import type { ApprovedPair } from './load-approved-pairs';
import { mergeMemoryPairs, newestImportFirst, type ImportedUnitRow } from './imported-pairs';
import { importedCandidatesSql, memoryCandidatesSql, type MemoryCandidateRow } from './memory-candidates-sql';
import { readMemoryRows } from './memory-thread';

/** Enough that the best matches by word edit distance are among them (tests/integration/memory-index.test.ts). */
export const MEMORY_CANDIDATES = 200;

/**
 * The candidates in the order and form of the brute-force scan (approved pairs newest approval
 * first, then imported units, merged by imported-pairs.ts), so that ranking them gives what
 * ranking every pair would, ties included.
 */
export async function findMemoryCandidates(
  db: Db,
  { english, lang, excludeParagraphId, limit = MEMORY_CANDIDATES }: { english: string; lang: string; excludeParagraphId: string; limit?: number },
): Promise<ApprovedPair[]> {
  const config = readDatabaseConfig();
  const searchText = searchFold(english);
  const sql = memoryCandidatesSql(config.provider, { searchText, lang, excludeParagraphId, limit });
  const importedSql = importedCandidatesSql(config.provider, { searchText, lang, limit });
  if (sql === null || importedSql === null) return [];
  const [rows, importedRows] = await Promise.all([readMemoryRows<MemoryCandidateRow>(db, config, sql), readMemoryRows<ImportedUnitRow>(db, config, importedSql)]);
  const newestFirst = rows
    .map((row) => ({ row, approvedAt: new Date(row.approvedAt).getTime() }))
    .sort((a, b) => b.approvedAt - a.approvedAt);
  const seen = new Set<string>();
  const pairs: ApprovedPair[] = [];
  for (const { row } of newestFirst) {
    const key = `${row.source}\u0000${row.target}`;
    if (seen.has(key) || !row.target.trim()) continue;
    seen.add(key);
    pairs.push({ source: row.source, target: row.target, versionId: row.versionId, document: { slug: row.slug, title: row.title }, imported: null });
  }
  return mergeMemoryPairs(pairs, importedRows.sort(newestImportFirst));
}
