import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EnglishCursor } from './memory-english-cursor';

describe('EnglishCursor', () => {
  it('moves past a read only once the transactions that could hold lower numbers have ended', () => {
    const cursor = new EnglishCursor();
    cursor.advance({ largestSeq: '9', xminBefore: '100', xmaxAfter: '105' });
    expect(cursor.readAfter).toBe('0');
    cursor.advance({ largestSeq: '12', xminBefore: '103', xmaxAfter: '110' });
    expect(cursor.readAfter).toBe('0');
    cursor.advance({ largestSeq: '12', xminBefore: '106', xmaxAfter: '111' });
    expect(cursor.readAfter).toBe('9');
    cursor.advance({ largestSeq: null, xminBefore: '111', xmaxAfter: '111' });
    expect(cursor.readAfter).toBe('12');
  });

  it('misses no version, whatever order the transactions that write them commit in', () => {
    // A model of PostgreSQL: a transaction takes its id at its first write, each version a number
    // from the sequence after that (SourceVersion.seq's default asks for the id first); its
    // versions are visible once it commits (or never, when it aborts).
    type Tx = { xid: number; rows: number[]; state: 'running' | 'committed' | 'aborted' };
    const step = fc.oneof(
      fc.record({ kind: fc.constant('begin' as const) }),
      fc.record({ kind: fc.constant('write' as const), tx: fc.nat(), rows: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('end' as const), tx: fc.nat(), abort: fc.boolean() }),
      fc.record({ kind: fc.constant('read' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const txs: Tx[] = [];
        let nextXid = 100;
        let nextSeq = 1;
        const cursor = new EnglishCursor();
        const seen = new Set<number>();
        const running = () => txs.filter((tx) => tx.state === 'running' && tx.xid > 0);
        const read = () => {
          const xminBefore = Math.min(nextXid, ...running().map((tx) => tx.xid));
          const after = Number(cursor.readAfter);
          const rows = txs.filter((tx) => tx.state === 'committed').flatMap((tx) => tx.rows).filter((seq) => seq > after);
          for (const seq of rows) seen.add(seq);
          cursor.advance({ largestSeq: rows.length ? String(Math.max(...rows)) : null, xminBefore: String(xminBefore), xmaxAfter: String(nextXid) });
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
