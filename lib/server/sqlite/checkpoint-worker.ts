// The worker thread of background-checkpoints.ts: copies what the write-ahead log holds into
// the database file (a PASSIVE checkpoint: it waits for no reader and no writer, and copies
// what no reader still needs) through a connection of its own per database file. No
// 'server-only' and nothing of the app's server: worker threads load this file.
import Database from 'better-sqlite3';
import { serveRequests } from '../worker/serve-requests';

export type CheckpointWork = { filePath: string };
export type CheckpointResult = { busy: number; log: number; checkpointed: number };

/** By file: tests open a database of their own per file. */
const connections = new Map<string, Database.Database>();

serveRequests(({ filePath }: CheckpointWork): CheckpointResult => {
  let db = connections.get(filePath);
  if (!db) {
    db = new Database(filePath, { fileMustExist: true });
    connections.set(filePath, db);
  }
  try {
    return (db.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[])[0];
  } catch (error) {
    // A file gone (a test's database removed): the next request opens it again, or fails to.
    db.close();
    connections.delete(filePath);
    throw error;
  }
});
