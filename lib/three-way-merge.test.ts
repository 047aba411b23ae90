import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, fragment, fragments, newsText } from '../tests/support/multilingual-text';
import { resolveMerge, threeWayMerge, type MergeHunk } from './three-way-merge';

const base = 'Mindestens acht Menschen starben in Kiew, mehr als 70 wurden verletzt.';

/** The merge as "kept {theirs|mine}" for readable expectations; a conflict shows base, theirs and mine. */
const show = (hunks: MergeHunk[]) =>
  hunks
    .map((h) => (h.conflict ? `<<${h.base}|${h.theirs}|${h.mine}>>` : h.mine === h.base ? h.theirs : h.mine))
    .join('');

describe('threeWayMerge', () => {
  it('combines edits that touch different words', () => {
    const theirs = 'Mindestens neun Menschen starben in Kiew, mehr als 70 wurden verletzt.';
    const mine = 'Mindestens acht Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.';
    const merge = threeWayMerge({ base, theirs, mine });
    expect(merge.conflicts).toBe(0);
    expect(resolveMerge(merge, [])).toBe('Mindestens neun Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.');
  });

  it('reports a conflict when both change the same word differently, with base, theirs and mine', () => {
    const merge = threeWayMerge({ base, theirs: base.replace('acht', 'neun'), mine: base.replace('acht', 'zehn') });
    expect(merge.conflicts).toBe(1);
    expect(merge.hunks.filter((h) => h.conflict)).toEqual([{ base: 'acht', theirs: 'neun', mine: 'zehn', conflict: true }]);
    expect(resolveMerge(merge, [undefined])).toBeUndefined();
    expect(resolveMerge(merge, ['neun'])).toBe(base.replace('acht', 'neun'));
    expect(resolveMerge(merge, ['zehn bis elf'])).toBe(base.replace('acht', 'zehn bis elf'));
  });

  it('keeps their added phrase when both change the first word differently (issue 17)', () => {
    const start = 'Die Regierung in Kiew meldete neue Angriffe.';
    const theirs = 'Eine Regierung in Kiew meldete neue Angriffe in der Nacht zum Donnerstag.';
    const mine = 'Unsere Regierung in Kiew meldete neue Angriffe.';
    const merge = threeWayMerge({ base: start, theirs, mine });
    expect(show(merge.hunks)).toBe('<<Die|Eine|Unsere>> Regierung in Kiew meldete neue Angriffe in der Nacht zum Donnerstag.');
    expect(merge.conflicts).toBe(1);
    expect(resolveMerge(merge, ['Unsere'])).toBe('Unsere Regierung in Kiew meldete neue Angriffe in der Nacht zum Donnerstag.');
  });

  it('accepts the same change made by both', () => {
    const both = base.replace('Kiew', 'Kyjiw');
    const merge = threeWayMerge({ base, theirs: both, mine: both });
    expect(merge.conflicts).toBe(0);
    expect(resolveMerge(merge, [])).toBe(both);
  });

  it('takes the one side that changed', () => {
    const mine = base.replace('70', '80');
    expect(resolveMerge(threeWayMerge({ base, theirs: base, mine }), [])).toBe(mine);
    expect(resolveMerge(threeWayMerge({ base, theirs: mine, mine: base }), [])).toBe(mine);
  });

  it('merges Ukrainian edits in different sentences', () => {
    const ukBase = 'Росія знову атакувала Україну. Загинули щонайменше вісім людей.';
    const theirs = 'Росія знову атакувала Україну вночі. Загинули щонайменше вісім людей.';
    const mine = 'Росія знову атакувала Україну. Загинули щонайменше дев’ять людей.';
    expect(resolveMerge(threeWayMerge({ base: ukBase, theirs, mine }), [])).toBe('Росія знову атакувала Україну вночі. Загинули щонайменше дев’ять людей.');
  });

  it('treats two insertions at the same place as a conflict, not as one after the other', () => {
    const merge = threeWayMerge({ base: 'Kiew meldete Angriffe.', theirs: 'Kiew meldete neue Angriffe.', mine: 'Kiew meldete schwere Angriffe.' });
    expect(show(merge.hunks)).toBe('Kiew meldete <<|neue |schwere >>Angriffe.');
  });

  it('stays fast and bounded for long, wholly rewritten paragraphs', () => {
    const words = (prefix: string) => Array.from({ length: 3000 }, (_, i) => `${prefix}${i}`).join(' ');
    const started = performance.now();
    const merge = threeWayMerge({ base: words('wort'), theirs: words('mot'), mine: words('word') });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(merge.conflicts).toBeGreaterThan(0);
    expect(merge.hunks.map((h) => h.mine).join('')).toBe(words('word'));
  });

  it('stays fast for long paragraphs with scattered edits on both sides', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `wort${i}`);
    const theirs = words.map((word, i) => (i % 50 === 0 ? `neu${i}` : word));
    const mine = words.map((word, i) => (i % 50 === 25 ? `mein${i}` : word));
    const started = performance.now();
    const merge = threeWayMerge({ base: words.join(' '), theirs: theirs.join(' '), mine: mine.join(' ') });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(merge.conflicts).toBe(0);
    expect(resolveMerge(merge, [])).toBe(words.map((word, i) => (i % 50 === 0 ? `neu${i}` : i % 50 === 25 ? `mein${i}` : word)).join(' '));
  });
});

describe('threeWayMerge properties', () => {
  const three = fc.tuple(newsText, newsText, newsText);

  it('cuts all three texts into hunks that rebuild each exactly, and flags exactly the real conflicts', () => {
    fc.assert(
      fc.property(fc.oneof(three, edits()), ([b, t, m]) => {
        const merge = threeWayMerge({ base: b, theirs: t, mine: m });
        expect(merge.hunks.map((h) => h.base).join('')).toBe(b);
        expect(merge.hunks.map((h) => h.theirs).join('')).toBe(t);
        expect(merge.hunks.map((h) => h.mine).join('')).toBe(m);
        for (const hunk of merge.hunks) {
          const oneSided = hunk.mine === hunk.base || hunk.theirs === hunk.base || hunk.mine === hunk.theirs;
          expect(hunk.conflict).toBe(!oneSided);
        }
        expect(merge.conflicts).toBe(merge.hunks.filter((h) => h.conflict).length);
      }),
      { numRuns: 500 },
    );
  });

  it('is the other text when only one side changed, and the text when both made the same change', () => {
    fc.assert(
      fc.property(newsText, newsText, (b, x) => {
        for (const [theirs, mine] of [[b, x], [x, b], [x, x]]) {
          const merge = threeWayMerge({ base: b, theirs, mine });
          expect(merge.conflicts).toBe(0);
          expect(resolveMerge(merge, [])).toBe(x);
        }
      }),
    );
  });

  it('keeps both sides’ edits when they touch different parts of the paragraph', () => {
    fc.assert(
      fc.property(fragments, fragments, editList, editList, (left, right, mineEdits, theirEdits) => {
        // A word neither side touches keeps the edits apart, as a sentence between them would.
        const separator = [' ', 'UNBERÜHRT', ' '];
        const b = [...left, ...separator, ...right].join('');
        const mine = [...applyEdits(left, mineEdits), ...separator, ...right].join('');
        const theirs = [...left, ...separator, ...applyEdits(right, theirEdits)].join('');
        const merge = threeWayMerge({ base: b, theirs, mine });
        expect(merge.conflicts).toBe(0);
        expect(resolveMerge(merge, [])).toBe([...applyEdits(left, mineEdits), ...separator, ...applyEdits(right, theirEdits)].join(''));
      }),
      { numRuns: 500 },
    );
  });
});

const editList = fc.array(
  fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.array(fragment, { maxLength: 3 }) }),
  { minLength: 1, maxLength: 4 },
);

/** A base and two edits of it, the usual case of a conflict. */
function edits(): fc.Arbitrary<[string, string, string]> {
  return fc
    .tuple(fragments, editList, editList)
    .map(([pieces, theirEdits, mineEdits]) => [pieces.join(''), applyEdits(pieces, theirEdits).join(''), applyEdits(pieces, mineEdits).join('')]);
}
