// Where the memory's index of the English reads PostgreSQL's source versions on from. Versions
// are numbered by a sequence ("seq") as they are written, but transactions commit in any order: a
// version numbered 7 may become visible after one numbered 9 was read, so reading on from the
// largest number seen would miss it for good. So the cursor moves past a read's numbers only once
// every transaction that could hold a lower one has ended: a transaction that took a number below
// the largest one a read saw took it before that read, and had its id before it took the number
// (the column's default asks for the id first: the PostgreSQL migration
// *_source_version_seq_after_xid), so its id is below the next transaction id taken after the
// read (xmax); once the oldest transaction still running before a later read (xmin) is past that
// xmax, the later read saw all of them. Until then reads start further back, and the index skips
// the versions it has (EnglishIndex.add). Pure: the reads are
// lib/server/memory/english-since-postgresql.ts's.

/** What one read saw: the largest number read (none: null) and the transaction ids around it. */
export type EnglishRead = { largestSeq: string | null; xminBefore: string; xmaxAfter: string };

export class EnglishCursor {
  private settled = 0n;
  private readonly open: Array<{ upTo: bigint; xmax: bigint }> = [];

  /** Read the versions numbered above this. */
  get readAfter(): string {
    return this.settled.toString();
  }

  /** A read made from readAfter, its versions added to the index. */
  advance({ largestSeq, xminBefore, xmaxAfter }: EnglishRead): void {
    const xmin = BigInt(xminBefore);
    for (let i = this.open.length - 1; i >= 0; i--) {
      if (this.open[i].xmax > xmin) continue;
      if (this.open[i].upTo > this.settled) this.settled = this.open[i].upTo;
      this.open.splice(i, 1);
    }
    const upTo = largestSeq === null ? this.settled : BigInt(largestSeq);
    if (upTo > this.settled) this.open.push({ upTo, xmax: BigInt(xmaxAfter) });
  }
}
