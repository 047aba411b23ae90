import 'server-only';
// Memory suggestions from an index of the English instead of every pair in the language, ranked
// by the word score, all off the event loop. On SQLite the memory's thread does all of it in one
// request: its index in memory of every English version (lib/memory-english-index.ts) finds the
// texts that score best, exactly, and the thread reads their approved pairs and the imported
// units' candidates through its own connection, puts them in the brute-force scan's order
// (lib/memory-pairs.ts) and ranks them, so only the best few come back. On PostgreSQL its
// full-text index gives a few hundred approved pairs and as many imported units
// (memory-candidates-sql.ts; the driver waits without blocking: Prisma asks), and the thread ranks them.
import type { MemorySuggestion } from '../../api/memory';
import { candidatePairs, type ImportedUnitRow, type MemoryCandidateRow } from '../../memory-pairs';
import { searchFold } from '../../search-text';
import { readDatabaseConfig } from '../database-config';
import type { Db } from '../db';
import { approvedCandidatesSql, approvedPairsOfTextsSql, distinctiveWords, importedCandidatesSql } from './memory-candidates-sql';
import { rankOnMemoryThread, suggestOnMemoryThread } from './memory-thread';

/** On PostgreSQL, enough that the best matches by word edit distance are among them (tests/integration/memory-index.test.ts). */
export const MEMORY_CANDIDATES = 200;

/** The best `limit` pairs for `english` that score at least `min`, best first; none of paragraph `excludeParagraphId`. */
export async function suggestFromIndex(
  db: Db,
  { english, lang, excludeParagraphId, min, limit }: { english: string; lang: string; excludeParagraphId: string; min: number; limit: number },
): Promise<MemorySuggestion[]> {
  const config = readDatabaseConfig();
  const words = distinctiveWords(searchFold(english));
  const importedSql = importedCandidatesSql(config.provider, { words, lang, limit: MEMORY_CANDIDATES });
  if (importedSql === null) return [];
  if (config.provider === 'sqlite') {
    // The thread sets the texts its index chooses (lib/server/memory/memory-work.ts).
    const approvedSql = approvedPairsOfTextsSql({ texts: '[]', lang, excludeParagraphId });
    return suggestOnMemoryThread(config.filePath, { approvedSql, importedSql, english, min, limit });
  }
  const approvedSql = approvedCandidatesSql({ words, lang, excludeParagraphId, limit: MEMORY_CANDIDATES });
  if (approvedSql === null) return [];
  const [approved, imported] = await Promise.all([db.$queryRaw<MemoryCandidateRow[]>(approvedSql), db.$queryRaw<ImportedUnitRow[]>(importedSql)]);
  return rankOnMemoryThread(english, candidatePairs(approved, imported), { min, limit });
}
