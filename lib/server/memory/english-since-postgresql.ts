import 'server-only';
// PostgreSQL's English versions written since the memory's index last read, for its thread
// (memory-thread-worker.ts), with the transaction ids around the read that tell the index's
// cursor when it may read on from them (lib/memory-english-cursor.ts): the oldest transaction
// still running just before, and the next transaction id just after.
import type { EnglishRead } from '../../memory-english-cursor';
import type { EnglishText } from '../../memory-english-index';
import type { Db } from '../db';

export async function englishSince(db: Db, readAfter: string): Promise<{ texts: EnglishText[]; made: EnglishRead }> {
  const [{ xmin }] = await db.$queryRaw<Array<{ xmin: string }>>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "xmin"`;
  const rows = await db.$queryRaw<Array<{ seq: string; sourceVersionId: string; text: string }>>`
    SELECT "seq"::text AS "seq", "id" AS "sourceVersionId", "text" FROM "SourceVersion"
    WHERE "seq" > CAST(${readAfter} AS bigint) ORDER BY "seq"`;
  const [{ xmax }] = await db.$queryRaw<Array<{ xmax: string }>>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS "xmax"`;
  return {
    texts: rows.map(({ sourceVersionId, text }) => ({ sourceVersionId, text })),
    made: { largestSeq: rows.length > 0 ? rows[rows.length - 1].seq : null, xminBefore: xmin, xmaxAfter: xmax },
  };
}
