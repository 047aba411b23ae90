import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EnglishCursor, type SeqRange } from './memory-english-cursor';

const inRanges = (ranges: SeqRange[], seq: number) => ranges.some(({ from, to }) => seq >= Number(from) && (to === null || seq <= Number(to)));

describe('EnglishCursor', () => {
  it('moves past a read only once the transactions that could hold lower numbers have ended', () => {
    const cursor = new EnglishCursor();
    expect(cursor.unread).toEqual([{ from: '1', to: null }]);
    cursor.advance({ seqs: ['1', '2', '3', '5', '9'], xminBefore: '100', xmaxAfter: '105' });
    // Not settled: 4 and 6 to 8 may still come; what was read is not asked again.
    expect(cursor.unread).toEqual([
      { from: '4', to: '4' },
      { from: '6', to: '8' },
      { from: '10', to: null },
    ]);
    cursor.advance({ seqs: ['7', '12'], xminBefore: '103', xmaxAfter: '110' });
    expect(cursor.unread).toEqual([
      { from: '4', to: '4' },
      { from: '6', to: '6' },
      { from: '8', to: '8' },
      { from: '10', to: '11' },
      { from: '13', to: null },
    ]);
    // Every transaction running at the first read has ended: up to 9 is settled.
    cursor.advance({ seqs: [], xminBefore: '106', xmaxAfter: '111' });
    expect(cursor.unread).toEqual([
      { from: '10', to: '11' },
      { from: '13', to: null },
    ]);
    cursor.advance({ seqs: [], xminBefore: '111', xmaxAfter: '111' });
    expect(cursor.unread).toEqual([{ from: '13', to: null }]);
  });

  it('misses no version and reads none twice, whatever order the transactions that write them commit in', () => {
    // A model of PostgreSQL: a transaction takes its id at its first write, each version a number
    // from the sequence after that (SourceVersion.seq's default asks for the id first); its
    // versions are visible once it commits (or never, when it aborts).
    type Tx = { xid: number; rows: number[]; state: 'running' | 'committed' | 'aborted' };
    const step = fc.oneof(
      fc.record({ kind: fc.constant('begin' as const) }),
      fc.record({ kind: fc.constant('write' as const), tx: fc.nat({ max: 7 }), rows: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('end' as const), tx: fc.nat({ max: 7 }), abort: fc.boolean() }),
      fc.record({ kind: fc.constant('read' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60, size: 'max' }), (steps) => {
        const txs: Tx[] = [];
        let nextXid = 100;
        let nextSeq = 1;
        const cursor = new EnglishCursor();
        const seen = new Set<number>();
        const running = () => txs.filter((tx) => tx.state === 'running' && tx.xid > 0);
        const read = () => {
          const xminBefore = Math.min(nextXid, ...running().map((tx) => tx.xid));
          const unread = cursor.unread;
          const rows = txs
            .filter((tx) => tx.state === 'committed')
            .flatMap((tx) => tx.rows)
            .filter((seq) => inRanges(unread, seq))
            .sort((a, b) => a - b);
          for (const seq of rows) {
            expect(seen.has(seq), `version ${seq} read twice`).toBe(false);
            seen.add(seq);
          }
          cursor.advance({ seqs: rows.map(String), xminBefore: String(xminBefore), xmaxAfter: String(nextXid) });
        };
        for (const s of steps) {
          if (s.kind === 'begin') txs.push({ xid: 0, rows: [], state: 'running' });
          else if (s.kind === 'read') read();
          else {
            const open = txs.filter((tx) => tx.state === 'running');
            if (open.length === 0) continue;
            const tx = open[s.tx % open.length];
            if (s.kind === 'write') {
              if (tx.xid === 0) tx.xid = nextXid++;
              for (let i = 0; i < s.rows; i++) tx.rows.push(nextSeq++);
            } else tx.state = s.abort ? 'aborted' : 'committed';
          }
        }
        for (const tx of txs) if (tx.state === 'running') tx.state = 'committed';
        read();
        read();
        const committed = txs.filter((tx) => tx.state === 'committed').flatMap((tx) => tx.rows);
        expect([...seen].sort((a, b) => a - b)).toEqual(committed.sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
