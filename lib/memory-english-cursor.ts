// Where the memory's index of the English reads PostgreSQL's source versions on from. Versions
// are numbered by a sequence ("seq") as they are written, but transactions commit in any order: a
// version numbered 7 may become visible after one numbered 9 was read, so reading on from the
// largest number seen would miss it for good. So the cursor moves past a read's numbers only once
// every transaction that could hold a lower one has ended: a transaction that took a number below
// the largest one a read saw took it before that read, and had its id before it took the number
// (the column's default asks for the id first: the PostgreSQL migration
// *_source_version_seq_after_xid), so its id is below the next transaction id taken after the
// read (xmax); once the oldest transaction still running before a later read (xmin) is past that
// xmax, the later read saw all of them. Until then the cursor keeps the numbers it has read above
// that point, as runs of consecutive numbers, and the next read asks only for the ranges between
// them (`unread`): what was read is not read again, only what was not yet visible (a start reads
// the whole English once, not twice). Pure: the reads are
// lib/server/memory/english-since-postgresql.ts's.

/** What one read saw: the numbers read, ascending, and the transaction ids around it. */
export type EnglishRead = { seqs: string[]; xminBefore: string; xmaxAfter: string };

/** Numbers from `from` to `to` (inclusive; null: no end). */
export type SeqRange = { from: string; to: string | null };

type Run = [lo: bigint, hi: bigint];

export class EnglishCursor {
  /** Every version numbered up to this is in the index. */
  private settled = 0n;
  private readonly open: Array<{ upTo: bigint; xmax: bigint }> = [];
  /** The numbers above `settled` already read: sorted, disjoint, never adjacent. */
  private runs: Run[] = [];

  /** The ranges the next read asks for: above what is settled, leaving out what was read. */
  get unread(): SeqRange[] {
    const ranges: SeqRange[] = [];
    let from = this.settled + 1n;
    for (const [lo, hi] of this.runs) {
      if (lo > from) ranges.push({ from: from.toString(), to: (lo - 1n).toString() });
      from = hi + 1n;
    }
    ranges.push({ from: from.toString(), to: null });
    return ranges;
  }

  /** A read of `unread`, its versions added to the index. */
  advance({ seqs, xminBefore, xmaxAfter }: EnglishRead): void {
    const xmin = BigInt(xminBefore);
    for (let i = this.open.length - 1; i >= 0; i--) {
      if (this.open[i].xmax > xmin) continue;
      if (this.open[i].upTo > this.settled) this.settled = this.open[i].upTo;
      this.open.splice(i, 1);
    }
    const read = seqs.map(BigInt);
    const upTo = read.length > 0 ? read[read.length - 1] : this.settled;
    if (upTo > this.settled) this.open.push({ upTo, xmax: BigInt(xmaxAfter) });
    this.runs = aboveSettled(mergeRuns([...this.runs, ...runsOf(read)]), this.settled);
  }
}

/** Ascending numbers as runs of consecutive ones. */
function runsOf(ascending: bigint[]): Run[] {
  const runs: Run[] = [];
  for (const n of ascending) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1n) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** Runs sorted and joined where they touch or overlap. */
function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const [lo, hi] of runs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1] + 1n) last[1] = hi > last[1] ? hi : last[1];
    else merged.push([lo, hi]);
  }
  return merged;
}

function aboveSettled(runs: Run[], settled: bigint): Run[] {
  return runs.flatMap(([lo, hi]): Run[] => (hi <= settled ? [] : [[lo > settled ? lo : settled + 1n, hi]]));
}
