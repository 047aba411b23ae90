// What memory-thread.ts asks its worker thread to do (memory-thread-worker.ts).
export type MemoryWork =
  /** The rows of a read of the memory's index on the SQLite file `filePath`. */
  | { kind: 'read'; filePath: string; sql: string; values: unknown[] }
  /** The best of `candidates` for the English text, by the word score (rankSuggestions). */
  | { kind: 'rank'; english: string; candidates: Array<{ source: string }>; min: number; limit: number };
