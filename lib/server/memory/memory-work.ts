// What memory-thread.ts asks its worker thread to do (memory-thread-worker.ts).
import type { MemoryPair } from '../../api/memory';

/** A statement with its values, as Prisma.Sql gives them for SQLite (`?` placeholders). */
export type BoundStatement = { sql: string; values: unknown[] };

export type MemoryWork =
  /**
   * Suggestions from the SQLite file `filePath`: its index asked for the approved pairs'
   * and the imported units' candidates (memory-candidates-sql.ts), the best of them by the word score.
   */
  | { kind: 'suggest'; filePath: string; approved: BoundStatement; imported: BoundStatement; english: string; min: number; limit: number }
  /** The best of `candidates` for the English text, by the word score (rankSuggestions). */
  | { kind: 'rank'; english: string; candidates: MemoryPair[]; min: number; limit: number };
