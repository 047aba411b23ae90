import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcsLength, lcsPattern } from './lcs-length';

/** The textbook dynamic programme, for comparison. */
function lcsByTable(a: number[], b: number[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = word === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
    previous = row;
  }
  return previous[b.length];
}

describe('lcsLength', () => {
  it('counts the words two sequences share in order', () => {
    const [the, kremlin, said, denied, talks] = [1, 2, 3, 4, 5];
    expect(lcsLength(lcsPattern([the, kremlin, said, talks]), [the, kremlin, denied, talks])).toBe(3);
    expect(lcsLength(lcsPattern([talks, the]), [the, talks])).toBe(1);
    expect(lcsLength(lcsPattern([]), [the])).toBe(0);
    expect(lcsLength(lcsPattern([the]), [])).toBe(0);
  });

  it('is the dynamic programme’s answer, across the 32-word blocks and with words repeated', () => {
    const sequence = (alphabet: number) => fc.array(fc.integer({ min: 0, max: alphabet }), { maxLength: 140 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain((alphabet) => fc.tuple(sequence(alphabet), sequence(alphabet))), ([a, b]) => {
        expect(lcsLength(lcsPattern(a), b)).toBe(lcsByTable(a, b));
      }),
      { numRuns: 400 },
    );
  });
});
