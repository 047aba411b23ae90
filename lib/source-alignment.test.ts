import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGED_SIMILARITY, MOVED_SIMILARITY, alignParagraphs, type AlignedParagraph } from './source-alignment';

const story = [
  'Thursday, April 24, 2025',
  'Suddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side',
  'Russia launched heavy airstrikes against Ukraine last night. At least eight people died in Kyiv.',
  'In the struggle to end the war in Ukraine, US President Donald Trump sees it as a concession by the Kremlin.',
  'The Russian military has controlled about one-fifth of the neighboring country since invading Ukraine.',
  '"Vladimir, STOP!" Trump writes.',
  'Mayor Vitali Klitschko wrote on Telegram that residential buildings and cars had been hit.',
  'Trump spoke of an agreement on Wednesday',
];

const outcomes = (paragraphs: AlignedParagraph[]) => paragraphs.map((p) => [p.outcome, 'from' in p ? p.from : null, 'to' in p ? p.to : null]);

describe('alignParagraphs', () => {
  it('finds nothing to do in the same text', () => {
    const { paragraphs, counts } = alignParagraphs(story, [...story]);
    expect(paragraphs.every((p) => p.outcome === 'unchanged')).toBe(true);
    expect(counts).toEqual({ unchanged: 8, changed: 0, moved: 0, added: 0, removed: 0 });
  });

  it('adds a paragraph inserted at the top without shifting the rest into "changed"', () => {
    const { paragraphs, counts } = alignParagraphs(story, ['UPDATE: the Kremlin answered.', ...story]);
    expect(counts).toEqual({ unchanged: 8, changed: 0, moved: 0, added: 1, removed: 0 });
    expect(paragraphs[0]).toEqual({ outcome: 'added', to: 0 });
    expect(paragraphs[1]).toEqual({ outcome: 'unchanged', from: 0, to: 1 });
  });

  it('removes a paragraph in the middle and keeps it where it stood', () => {
    const after = story.filter((_, index) => index !== 4);
    const { paragraphs, counts } = alignParagraphs(story, after);
    expect(counts).toEqual({ unchanged: 7, changed: 0, moved: 0, added: 0, removed: 1 });
    expect(outcomes(paragraphs).slice(3, 6)).toEqual([
      ['unchanged', 3, 3],
      ['removed', 4, null],
      ['unchanged', 5, 4],
    ]);
  });

  it('matches edited paragraphs as changed, with their similarity', () => {
    const after = [...story];
    after[2] = 'Russia launched heavy airstrikes against Ukraine last night. At least nine people died in Kyiv.';
    after[7] = 'Trump spoke of an agreement on Thursday';
    const { paragraphs, counts } = alignParagraphs(story, after);
    expect(counts).toEqual({ unchanged: 6, changed: 2, moved: 0, added: 0, removed: 0 });
    const changed = paragraphs.filter((p) => p.outcome === 'changed');
    expect(changed.map((p) => [p.from, p.to])).toEqual([
      [2, 2],
      [7, 7],
    ]);
    for (const p of changed) expect(p.outcome === 'changed' && p.similarity).toBeGreaterThan(0.8);
  });

  it('treats a rewritten paragraph as a removal and an insertion', () => {
    const after = [...story];
    after[5] = 'The White House declined to comment on the message.';
    const { paragraphs, counts } = alignParagraphs(story, after);
    expect(counts).toEqual({ unchanged: 7, changed: 0, moved: 0, added: 1, removed: 1 });
    expect(outcomes(paragraphs).slice(5, 7)).toEqual([
      ['removed', 5, null],
      ['added', null, 5],
    ]);
  });

  it('recognises a paragraph moved elsewhere', () => {
    const after = [story[0], story[1], story[3], story[4], story[5], story[2], story[6], story[7]];
    const { paragraphs, counts } = alignParagraphs(story, after);
    expect(counts).toEqual({ unchanged: 7, changed: 0, moved: 1, added: 0, removed: 0 });
    expect(paragraphs[5]).toEqual({ outcome: 'moved', from: 2, to: 5, similarity: 1 });
  });

  it('recognises a paragraph moved and lightly edited', () => {
    const after = [...story.slice(0, 2), ...story.slice(3), 'Russia launched heavy airstrikes against Ukraine last night. At least eight people died in Kyiv, officials said.'];
    const { paragraphs, counts } = alignParagraphs(story, after);
    expect(counts).toEqual({ unchanged: 7, changed: 0, moved: 1, added: 0, removed: 0 });
    const moved = paragraphs.find((p) => p.outcome === 'moved');
    expect(moved).toMatchObject({ from: 2, to: 7 });
    expect(moved?.outcome === 'moved' && moved.similarity).toBeGreaterThanOrEqual(MOVED_SIMILARITY);
    expect(moved?.outcome === 'moved' && moved.similarity).toBeLessThan(1);
  });

  it('does all four at once: insert at the top, delete in the middle, edit two, move one', () => {
    const after = [
      'BREAKING: new strikes on Kyiv.',
      story[0],
      story[1],
      'Russia launched heavy airstrikes against Ukraine last night. At least nine people died in Kyiv.',
      story[4],
      story[3],
      // story[5] removed
      'Mayor Vitali Klitschko wrote on Telegram that residential buildings and cars had been hit and burned.',
      story[7],
    ];
    const { counts } = alignParagraphs(story, after);
    expect(counts).toEqual({ unchanged: 4, changed: 2, moved: 1, added: 1, removed: 1 });
  });

  it('lines up repeated paragraphs in order', () => {
    const before = ['A story begins here with words.', '***', 'The middle part has words.', '***', 'The end of it.'];
    const after = ['A story begins here with words.', '***', 'The middle part has words.', 'An added line about nothing else.', '***', 'The end of it.'];
    expect(outcomes(alignParagraphs(before, after).paragraphs)).toEqual([
      ['unchanged', 0, 0],
      ['unchanged', 1, 1],
      ['unchanged', 2, 2],
      ['added', null, 3],
      ['unchanged', 3, 4],
      ['unchanged', 4, 5],
    ]);
  });

  it('handles empty sides', () => {
    expect(alignParagraphs([], ['One.', 'Two.']).counts).toMatchObject({ added: 2 });
    expect(alignParagraphs(['One.', 'Two.'], []).counts).toMatchObject({ removed: 2 });
    expect(alignParagraphs([], []).paragraphs).toEqual([]);
  });

  it('aligns 5,000 paragraphs that were all edited, within a band, in reasonable time', () => {
    const before = Array.from({ length: 5000 }, (_, k) => `Paragraph ${k} says "something" about topic ${k * 7} and more words here.`);
    const after = before.map((text) => text.replaceAll('"', '“'));
    after.splice(2500, 0, 'A wholly new paragraph inserted in the middle.');
    const started = performance.now();
    const { counts } = alignParagraphs(before, after);
    expect(counts).toEqual({ unchanged: 0, changed: 5000, moved: 0, added: 1, removed: 0 });
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

// ---- Properties ----

const vocabulary = ['kyiv', 'trump', 'putin', 'war', 'deal', 'said', 'the', 'of', 'in', 'Russia', 'Ukraine', 'peace', 'strikes', 'night'];
const paragraphText = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 8 }).map((words) => words.join(' '));
const paragraphsArb = fc.array(paragraphText, { maxLength: 25 });

/** An edit of a paragraph list: insert, delete, replace a word in, or move one paragraph. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: paragraphText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), word: fc.constantFrom(...vocabulary) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function applyEdits(texts: string[], edits: Edit[]): string[] {
  const result = [...texts];
  for (const edit of edits) {
    if (edit.kind === 'insert') result.splice(edit.at % (result.length + 1), 0, edit.text);
    else if (result.length === 0) continue;
    else if (edit.kind === 'delete') result.splice(edit.at % result.length, 1);
    else if (edit.kind === 'edit') {
      const index = edit.at % result.length;
      result[index] = `${result[index]} ${edit.word}`.trim();
    } else {
      const [moved] = result.splice(edit.at % result.length, 1);
      result.splice(edit.to % (result.length + 1), 0, moved);
    }
  }
  return result;
}

const pairArb = fc.oneof(
  fc.tuple(paragraphsArb, paragraphsArb),
  paragraphsArb.chain((before) => fc.tuple(fc.constant(before), fc.array(editArb, { maxLength: 6 }).map((edits) => applyEdits(before, edits)))),
);

describe('alignParagraphs, properties', () => {
  it('accounts for every old paragraph once and every new paragraph once', () => {
    fc.assert(
      fc.property(pairArb, ([before, after]) => {
        const { paragraphs, counts } = alignParagraphs(before, after);
        const froms = paragraphs.flatMap((p) => ('from' in p ? [p.from] : [])).sort((a, b) => a - b);
        const tos = paragraphs.flatMap((p) => ('to' in p ? [p.to] : [])).sort((a, b) => a - b);
        expect(froms).toEqual(before.map((_, index) => index));
        expect(tos).toEqual(after.map((_, index) => index));
        const tally = { unchanged: 0, changed: 0, moved: 0, added: 0, removed: 0 };
        for (const p of paragraphs) tally[p.outcome] += 1;
        expect(counts).toEqual(tally);
      }),
    );
  });

  it('keeps the order of the new paragraphs, and of the old ones that did not move', () => {
    fc.assert(
      fc.property(pairArb, ([before, after]) => {
        const { paragraphs } = alignParagraphs(before, after);
        const tos = paragraphs.flatMap((p) => ('to' in p ? [p.to] : []));
        expect(tos).toEqual(after.map((_, index) => index));
        const inPlace = paragraphs.flatMap((p) => (p.outcome !== 'moved' && 'from' in p ? [p.from] : []));
        expect(inPlace).toEqual([...inPlace].sort((a, b) => a - b));
      }),
    );
  });

  it('aligns identical input as all unchanged', () => {
    fc.assert(
      fc.property(paragraphsArb, (texts) => {
        const { paragraphs } = alignParagraphs(texts, [...texts]);
        expect(paragraphs).toEqual(texts.map((_, index) => ({ outcome: 'unchanged', from: index, to: index })));
      }),
    );
  });

  it('calls a paragraph unchanged only when its text is the same, changed or moved only when similar enough', () => {
    fc.assert(
      fc.property(pairArb, ([before, after]) => {
        for (const p of alignParagraphs(before, after).paragraphs) {
          if (p.outcome === 'unchanged') expect(after[p.to]).toBe(before[p.from]);
          if (p.outcome === 'changed') {
            expect(after[p.to]).not.toBe(before[p.from]);
            expect(p.similarity).toBeGreaterThanOrEqual(CHANGED_SIMILARITY);
          }
          if (p.outcome === 'moved') expect(p.similarity).toBeGreaterThanOrEqual(MOVED_SIMILARITY);
        }
      }),
    );
  });

  it('leaves every other paragraph unchanged when unrelated ones are inserted or deleted', () => {
    // Distinct paragraphs of one vocabulary; the inserted ones share no word with them.
    const distinct = fc.uniqueArray(paragraphText.filter((text) => text !== ''), { maxLength: 20 });
    const foreign = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta'), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(distinct, fc.array(fc.tuple(fc.nat(), foreign), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 4 }), (before, inserts, deletes) => {
        const kept = before.filter((_, index) => !deletes.some((d) => before.length > 0 && d % before.length === index));
        const after = [...kept];
        for (const [at, text] of inserts) after.splice(at % (after.length + 1), 0, text);
        const { counts } = alignParagraphs(before, after);
        expect(counts.unchanged).toBe(kept.length);
        expect(counts.removed).toBe(before.length - kept.length);
        expect(counts.added).toBe(inserts.length);
      }),
    );
  });
});
