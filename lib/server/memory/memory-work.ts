// What memory-thread.ts asks its worker thread to do (memory-thread-worker.ts).
import type { MemoryPair } from '../../api/memory';

/** A statement with its values, as Prisma.Sql gives them for SQLite (`?` placeholders). */
export type BoundStatement = { sql: string; values: unknown[] };

export type MemoryWork =
  /**
   * Suggestions from the SQLite file `filePath`: the thread's index of its English
   * (lib/memory-english-index.ts) chooses the texts most like `english`, `approved`
   * (approvedPairsOfTextsSql, its first value set by the thread to those texts) reads their
   * approved pairs, `imported` (importedCandidatesSql) the imported units' candidates, and the best
   * of them by the word score come back.
   */
  | { kind: 'suggest'; filePath: string; approved: BoundStatement; imported: BoundStatement; english: string; min: number; limit: number }
  /** The best of `candidates` for the English text, by the word score (rankSuggestions). */
  | { kind: 'rank'; english: string; candidates: MemoryPair[]; min: number; limit: number };
