import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EnglishIndex } from './memory-english-index';
import { fuzzyMatchScore } from './translation-memory';

const indexOf = (texts: string[]) => {
  const index = new EnglishIndex();
  index.add(texts.map((text, i) => ({ sourceVersionId: `v${i}`, text })));
  return index;
};

/** Every text scored, best first, the earlier first among equals: what the index must give. */
function scoreEvery(texts: string[], english: string, { count, min }: { count: number; min: number }) {
  return texts
    .map((text, i) => ({ sourceVersionId: `v${i}`, score: fuzzyMatchScore(english, text), i }))
    .filter(({ score }) => score >= min)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, count)
    .map(({ sourceVersionId, score }) => ({ sourceVersionId, score }));
}

describe('EnglishIndex', () => {
  const texts = [
    'Russian drones attacked the port of Odesa overnight, the regional governor said.',
    'The Kremlin rejected the proposal for a ceasefire in the Black Sea.',
    'Russian drones attacked the port of Izmail overnight, the regional governor said on Telegram.',
    'Grain exports through the Danube ports rose sharply in March.',
  ];

  it('finds the texts most like a paragraph by the word score, best first', () => {
    const english = 'Russian drones attacked the port of Izmail overnight, the governor said.';
    const best = indexOf(texts).best(english, { count: 2, min: 50 });
    expect(best.texts.map((text) => text.sourceVersionId)).toEqual(['v0', 'v2']);
    expect(best.texts).toEqual(scoreEvery(texts, english, { count: 2, min: 50 }));
    expect(best.texts[0].score).toBeGreaterThan(best.texts[1].score);
    expect(best.complete).toBe(best.texts[1].score);
  });

  it('says when it gave every text scoring the minimum, and gives nothing for a text without words', () => {
    const index = indexOf(texts);
    expect(index.best('Grain exports through the Danube ports rose in March.', { count: 3, min: 50 })).toEqual({
      texts: [{ sourceVersionId: 'v3', score: fuzzyMatchScore('Grain exports through the Danube ports rose in March.', texts[3]) }],
      complete: 49,
    });
    expect(index.best('— …', { count: 3, min: 50 })).toEqual({ texts: [], complete: 49 });
    expect(index.best('Words no text has at all', { count: 3, min: 50 })).toEqual({ texts: [], complete: 49 });
  });

  it('texts added later are found', () => {
    const index = indexOf(texts);
    index.add([{ sourceVersionId: 'later', text: 'The Kremlin rejected the proposal for a naval ceasefire in the Black Sea.' }]);
    expect(index.best('The Kremlin rejected the proposal for a naval ceasefire in the Black Sea.', { count: 1, min: 50 }).texts).toEqual([{ sourceVersionId: 'later', score: 100 }]);
    expect(index.size).toBe(5);
  });

  it('gives exactly what scoring every text gives, ties and repeated words included', () => {
    const vocabulary = ['the', 'kyiv', 'talks', 'sanctions', 'drones', 'port', 'said', 'on', 'Friday', 'Kremlin', 'ceasefire', 'Odesa'];
    const text = fc.array(fc.constantFrom(...vocabulary), { maxLength: 24 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), text, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 90 }), (corpus, english, count, min) => {
        const best = indexOf(corpus).best(english, { count, min });
        const expected = scoreEvery(corpus, english, { count, min });
        if (english.trim() === '') {
          expect(best).toEqual({ texts: [], complete: min - 1 });
          return;
        }
        expect(best.texts).toEqual(expected);
        const missing = scoreEvery(corpus, english, { count: corpus.length, min }).filter((scored) => !best.texts.some((found) => found.sourceVersionId === scored.sourceVersionId));
        expect(missing.every(({ score }) => score <= best.complete)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
