import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText, textPair } from '../tests/support/multilingual-text';
import { countChanges, diffEditions, type EditionText } from './edition-diff';

const edition = (...texts: string[]): EditionText[] =>
  texts.map((text, index) => ({ position: index + 1, kind: index === 0 ? 'headline' : 'body', text }));

describe('diffEditions', () => {
  it('marks equal paragraphs unchanged and diffs changed ones word by word', () => {
    const diff = diffEditions(
      edition('Trump sieht Zugeständnis', 'Mindestens acht Menschen starben.'),
      edition('Trump sieht Zugeständnis', 'Mindestens neun Menschen starben.'),
      'de',
    );
    expect(diff).toEqual([
      { position: 1, kind: 'headline', change: 'unchanged', changes: [{ value: 'Trump sieht Zugeständnis' }] },
      {
        position: 2,
        kind: 'body',
        change: 'changed',
        changes: [{ value: 'Mindestens ' }, { value: 'acht', removed: true }, { value: 'neun', added: true }, { value: ' Menschen starben.' }],
      },
    ]);
  });

  it('matches paragraphs by position, whatever order they come in, and reports added and removed ones', () => {
    const from = [{ position: 3, kind: 'body' as const, text: 'Drei.' }, ...edition('Eins.', 'Zwei.')];
    const to = [...edition('Eins.'), { position: 4, kind: 'subheading' as const, text: 'Vier' }];
    const diff = diffEditions(from, to, 'de');
    expect(diff.map((p) => [p.position, p.kind, p.change])).toEqual([
      [1, 'headline', 'unchanged'],
      [2, 'body', 'removed'],
      [3, 'body', 'removed'],
      [4, 'subheading', 'added'],
    ]);
    expect(diff[1].changes).toEqual([{ value: 'Zwei.', removed: true }]);
    expect(diff[3].changes).toEqual([{ value: 'Vier', added: true }]);
    expect(countChanges(diff)).toEqual({ unchanged: 1, changed: 0, added: 1, removed: 2 });
  });

  it('diffs Arabic word by word', () => {
    const [paragraph] = diffEditions(edition('هذا تنازل كبير جدا'), edition('هذا تنازل كبير'), 'ar');
    expect(paragraph.change).toBe('changed');
    expect(paragraph.changes.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['جدا']);
  });

  it('compares two empty editions as nothing', () => {
    expect(diffEditions([], [], 'de')).toEqual([]);
  });
});

describe('diffEditions rebuilds both editions exactly', () => {
  it('paragraph by paragraph, in every language', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(textPair, newsText.map((text) => ({ before: text, after: text }))), { maxLength: 6 }), (pairs) => {
        const from = edition(...pairs.map((pair) => pair.before));
        const to = edition(...pairs.map((pair) => pair.after));
        for (const paragraph of diffEditions(from, to, 'de')) {
          const old = paragraph.changes.filter((part) => !part.added).map((part) => part.value).join('');
          const now = paragraph.changes.filter((part) => !part.removed).map((part) => part.value).join('');
          expect(old).toBe(from[paragraph.position - 1].text);
          expect(now).toBe(to[paragraph.position - 1].text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
