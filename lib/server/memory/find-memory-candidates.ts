import 'server-only';
// The approved pairs worth scoring for a paragraph: a few hundred, chosen by the database's index
// of the English (memory-candidates-sql.ts), instead of every approval in the language.
import { searchFold } from '../../search-text';
import { dbProvider, type Db } from '../db';
import type { ApprovedPair } from './load-approved-pairs';
import { memoryCandidatesSql, trigramThresholdSql, type MemoryCandidateRow } from './memory-candidates-sql';

/** Enough that the best matches by word edit distance are among them (tests/integration/memory-index.test.ts). */
export const MEMORY_CANDIDATES = 200;

/**
 * The candidates in the order and form of loadApprovedPairs (newest approval first, one pair
 * per distinct English and translation), so that ranking them gives what ranking every approved
 * pair would, ties included.
 */
export async function findMemoryCandidates(
  db: Db,
  { english, lang, excludeParagraphId, limit = MEMORY_CANDIDATES }: { english: string; lang: string; excludeParagraphId: string; limit?: number },
): Promise<ApprovedPair[]> {
  const provider = dbProvider();
  const sql = memoryCandidatesSql(provider, { searchText: searchFold(english), lang, excludeParagraphId, limit });
  if (sql === null) return [];
  const rows =
    provider === 'postgresql'
      ? (await db.$transaction([db.$queryRaw(trigramThresholdSql()), db.$queryRaw<MemoryCandidateRow[]>(sql)]))[1]
      : await db.$queryRaw<MemoryCandidateRow[]>(sql);
  const newestFirst = rows
    .map((row) => ({ row, approvedAt: new Date(row.approvedAt).getTime() }))
    .sort((a, b) => b.approvedAt - a.approvedAt);
  const seen = new Set<string>();
  const pairs: ApprovedPair[] = [];
  for (const { row } of newestFirst) {
    const key = `${row.source}\u0000${row.target}`;
    if (seen.has(key) || !row.target.trim()) continue;
    seen.add(key);
    pairs.push({ source: row.source, target: row.target, versionId: row.versionId, document: { slug: row.slug, title: row.title } });
  }
  return pairs;
}
