import 'server-only';
// Memory suggestions from the database's index of the English: a few hundred approved pairs and
// as many units imported from TMX files, each chosen by the index (memory-candidates-sql.ts)
// instead of every pair in the language, then ranked by the word score, all off the event loop.
// On SQLite the memory's thread does all of it in one request: it asks the index through its own
// connection, puts the candidates in the brute-force scan's order (lib/memory-pairs.ts) and ranks
// them, so only the best few come back. On PostgreSQL the driver waits without blocking: Prisma
// asks, and the thread ranks.
import type { MemorySuggestion } from '../../api/memory';
import { candidatePairs, type ImportedUnitRow, type MemoryCandidateRow } from '../../memory-pairs';
import { searchFold } from '../../search-text';
import { readDatabaseConfig } from '../database-config';
import type { Db } from '../db';
import { distinctiveWords, importedCandidatesSql, memoryCandidatesSql } from './memory-candidates-sql';
import { rankOnMemoryThread, suggestOnMemoryThread } from './memory-thread';

/** Enough that the best matches by word edit distance are among them (tests/integration/memory-index.test.ts). */
export const MEMORY_CANDIDATES = 200;

/** The best `limit` pairs for `english` that score at least `min`, best first; none of paragraph `excludeParagraphId`. */
export async function suggestFromIndex(
  db: Db,
  { english, lang, excludeParagraphId, min, limit }: { english: string; lang: string; excludeParagraphId: string; min: number; limit: number },
): Promise<MemorySuggestion[]> {
  const config = readDatabaseConfig();
  const words = distinctiveWords(searchFold(english));
  const approvedSql = memoryCandidatesSql(config.provider, { words, lang, excludeParagraphId, limit: MEMORY_CANDIDATES });
  const importedSql = importedCandidatesSql(config.provider, { words, lang, limit: MEMORY_CANDIDATES });
  if (approvedSql === null || importedSql === null) return [];
  if (config.provider === 'sqlite') return suggestOnMemoryThread(config.filePath, { approvedSql, importedSql, english, min, limit });
  const [approved, imported] = await Promise.all([db.$queryRaw<MemoryCandidateRow[]>(approvedSql), db.$queryRaw<ImportedUnitRow[]>(importedSql)]);
  return rankOnMemoryThread(english, candidatePairs(approved, imported), { min, limit });
}
