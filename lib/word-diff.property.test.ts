// The invariant of every diff Redline shows or returns: the unchanged and removed parts rebuild
// the old text, the unchanged and added parts the new one, character for character.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { anyString, textPair } from '../tests/support/multilingual-text';
import { diffBySentence, diffByWord, diffWhole, wordDiff, type DiffPart } from './word-diff';

const oldText = (changes: DiffPart[]) => changes.filter((part) => !part.added).map((part) => part.value).join('');
const newText = (changes: DiffPart[]) => changes.filter((part) => !part.removed).map((part) => part.value).join('');

function expectExact(changes: DiffPart[] | undefined, before: string, after: string) {
  expect(changes).toBeDefined();
  expect(oldText(changes!)).toBe(before);
  expect(newText(changes!)).toBe(after);
  expect(changes!.every((part) => part.value !== '')).toBe(true);
}

const pairs = fc.oneof(textPair, fc.tuple(anyString, anyString).map(([before, after]) => ({ before, after })));

describe('every diff rebuilds both texts exactly', () => {
  it('the issue’s example: a sentence added after the last one', () => {
    const before = 'Die Wahl ist entschieden. Ergänzung eins.';
    const after = 'Die Wahl ist entschieden. Ergänzung eins. Wettlauf 3.';
    expectExact(wordDiff(before, after, 'de').changes, before, after);
  });

  it('wordDiff, in every language', () => {
    fc.assert(
      fc.property(pairs, fc.constantFrom('de', 'fr', 'uk', 'ar', 'zh', 'en'), ({ before, after }, lang) => {
        expectExact(wordDiff(before, after, lang).changes, before, after);
      }),
      { numRuns: 1000 },
    );
  });

  it('the word level', () => {
    fc.assert(fc.property(pairs, ({ before, after }) => expectExact(diffByWord(before, after), before, after)), { numRuns: 500 });
  });

  it('the sentence fallback', () => {
    fc.assert(fc.property(pairs, ({ before, after }) => expectExact(diffBySentence(before, after), before, after)), { numRuns: 500 });
  });

  it('the whole-text fallback', () => {
    fc.assert(fc.property(pairs, ({ before, after }) => expectExact(diffWhole(before, after), before, after)), { numRuns: 200 });
  });
});

describe('the diff does not depend on the runtime', () => {
  const intl = Intl as { Segmenter: unknown };
  const nativeSegmenter = intl.Segmenter;
  afterEach(() => {
    intl.Segmenter = nativeSegmenter;
  });

  it('needs no Intl.Segmenter (Node and Chromium segment words differently)', () => {
    intl.Segmenter = class {
      constructor() {
        throw new Error('Intl.Segmenter must not decide how a diff looks');
      }
    };
    const changes = wordDiff('Laut A.Bürgermeister kamen 3 Menschen.', 'Laut A.Bürgermeister kamen 4 Menschen 👍.', 'de').changes;
    expect(changes).toEqual([{ value: 'Laut A.Bürgermeister kamen ' }, { value: '3', removed: true }, { value: '4', added: true }, { value: ' Menschen' }, { value: ' 👍', added: true }, { value: '.' }]);
  });
});
