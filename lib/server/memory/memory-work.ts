// What memory-thread.ts asks its worker thread to do (memory-thread-worker.ts).
import type { MemoryPair } from '../../api/memory';
import type { EnglishRead } from '../../memory-english-cursor';
import type { EnglishText } from '../../memory-english-index';

/** A statement with its values, as Prisma.Sql gives them for SQLite (`?` placeholders). */
export type BoundStatement = { sql: string; values: unknown[] };

export type MemoryWork =
  /**
   * SQLite: suggestions from the file `filePath`. The thread's index of its English
   * (lib/memory-english-index.ts) chooses the texts most like `english`, `approved`
   * (approvedPairsOfTextsSql, its first value set by the thread to those texts) reads their
   * approved pairs, `imported` (importedCandidatesSql) the imported units' candidates, and the best
   * of them by the word score come back.
   */
  | { kind: 'suggest'; filePath: string; approved: BoundStatement; imported: BoundStatement; english: string; min: number; limit: number }
  /** PostgreSQL: the numbers of English versions the index of database `key` reads next (EnglishCursor.unread). */
  | { kind: 'english-unread'; key: string }
  /**
   * PostgreSQL: the `count` texts most like `english` (EnglishIndex.best) in the index of database
   * `key`, after adding the versions of `read`, made from english-unread's answer.
   */
  | { kind: 'best-texts'; key: string; read: { texts: EnglishText[]; made: EnglishRead } | null; english: string; count: number; min: number }
  /** The best of `candidates` for the English text, by the word score (rankSuggestions). */
  | { kind: 'rank'; english: string; candidates: MemoryPair[]; min: number; limit: number };
