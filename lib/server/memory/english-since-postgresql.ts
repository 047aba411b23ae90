import 'server-only';
// PostgreSQL's English versions that the memory's index has not read (EnglishCursor.unread: the
// ranges of numbers above what is settled, between those read), for its thread
// (memory-thread-worker.ts), with the transaction ids around the read that tell the index's
// cursor when it may settle them (lib/memory-english-cursor.ts): the oldest transaction still
// running just before, and the next transaction id just after.
import { Prisma } from '../generated/prisma/client';
import type { EnglishRead, SeqRange } from '../../memory-english-cursor';
import type { EnglishText } from '../../memory-english-index';
import type { Db } from '../db';

/** More ranges than this are read as one from the first on (the index skips what it has). */
const MOST_RANGES = 32;

export async function englishSince(db: Db, unread: SeqRange[]): Promise<{ texts: EnglishText[]; made: EnglishRead }> {
  // One index range of "seq" each, so that the planner scans only them.
  const asked = unread.length > MOST_RANGES ? [{ from: unread[0].from, to: null }] : unread;
  const ranges = Prisma.join(
    asked.map(({ from, to }) =>
      to === null ? Prisma.sql`"seq" >= CAST(${from} AS bigint)` : Prisma.sql`"seq" BETWEEN CAST(${from} AS bigint) AND CAST(${to} AS bigint)`,
    ),
    ' OR ',
  );
  const [{ xmin }] = await db.$queryRaw<Array<{ xmin: string }>>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "xmin"`;
  const rows = await db.$queryRaw<Array<{ seq: string; sourceVersionId: string; text: string }>>`
    SELECT "seq"::text AS "seq", "id" AS "sourceVersionId", "text" FROM "SourceVersion" WHERE ${ranges} ORDER BY "seq"`;
  const [{ xmax }] = await db.$queryRaw<Array<{ xmax: string }>>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS "xmax"`;
  return {
    texts: rows.map(({ sourceVersionId, text }) => ({ sourceVersionId, text })),
    made: { seqs: rows.map(({ seq }) => seq), xminBefore: xmin, xmaxAfter: xmax },
  };
}
