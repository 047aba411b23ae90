import 'server-only';
// Memory suggestions from an index of the English instead of every pair in the language, ranked
// by the word score, all off the event loop. The memory's thread keeps the English of every source
// version in memory (lib/memory-english-index.ts) and finds the texts that score best, exactly;
// their approved pairs in the language come from the database, and the units imported from TMX
// files from its full-text index (memory-candidates-sql.ts). On SQLite the thread does all of it
// in one request, through a read-only connection of its own, so only the best few come back. On
// PostgreSQL the driver waits without blocking: Prisma reads what the thread's index has not
// seen and the pairs, and the thread searches and ranks. When the texts given do not settle the
// answer (texts without an approved translation, or the paragraph's own), more are asked.
import type { MemorySuggestion } from '../../api/memory';
import { answerSettled, FIRST_TEXTS, MORE_TEXTS } from '../../memory-english-index';
import { candidatePairs, type ImportedUnitRow, type MemoryCandidateRow } from '../../memory-pairs';
import { searchFold } from '../../search-text';
import { readDatabaseConfig } from '../database-config';
import type { Db } from '../db';
import { englishSince } from './english-since-postgresql';
import { approvedPairsOfTextsSql, distinctiveWords, importedCandidatesSql } from './memory-candidates-sql';
import { bestTextsOnMemoryThread, englishUnreadOnMemoryThread, rankOnMemoryThread, suggestOnMemoryThread } from './memory-thread';

/** Imported units' candidates a request ranks, enough that the best by word edit distance are among them (tests/integration/memory-tmx.test.ts). */
export const MEMORY_CANDIDATES = 200;

/** The best `limit` pairs for `english` that score at least `min`, best first; none of paragraph `excludeParagraphId`. */
export async function suggestFromIndex(
  db: Db,
  { english, lang, excludeParagraphId, min, limit }: { english: string; lang: string; excludeParagraphId: string; min: number; limit: number },
): Promise<MemorySuggestion[]> {
  const config = readDatabaseConfig();
  const importedSql = importedCandidatesSql(config.provider, { words: distinctiveWords(searchFold(english)), lang, limit: MEMORY_CANDIDATES });
  if (importedSql === null) return [];
  if (config.provider === 'sqlite') {
    const approvedSql = approvedPairsOfTextsSql('sqlite', { texts: '[]', lang, excludeParagraphId });
    return suggestOnMemoryThread(config.filePath, { approvedSql, importedSql, english, min, limit });
  }
  const read = await englishSince(db, await englishUnreadOnMemoryThread(config.url));
  const imported = await db.$queryRaw<ImportedUnitRow[]>(importedSql);
  const options = { min, limit };
  for (let count = FIRST_TEXTS, first = true; ; count *= MORE_TEXTS, first = false) {
    const best = await bestTextsOnMemoryThread(config.url, english, { count, min }, first ? read : null);
    const approved = await db.$queryRaw<MemoryCandidateRow[]>(approvedPairsOfTextsSql('postgresql', { texts: JSON.stringify(best.texts), lang, excludeParagraphId }));
    const ranked = await rankOnMemoryThread(english, candidatePairs(approved, imported), options);
    if (answerSettled(best, ranked, options)) return ranked;
  }
}
