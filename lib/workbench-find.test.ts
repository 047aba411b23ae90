import { describe, expect, it } from 'vitest';
import { workKeyOf, filterCounts, matchesFilter, needsWork, nextNeedingWork, parseWorkFilter, searchRanges, splitAtRanges, type RowFacts } from './workbench-find';

const row = (position: number, status: RowFacts['status'], extra: Partial<RowFacts> = {}): RowFacts => ({
  position,
  status,
  qaErrors: 0,
  openThreads: 0,
  mine: false,
  ...extra,
});

describe('filters', () => {
  it('reads the filter parameter, anything unknown is every row', () => {
    expect(parseWorkFilter('needs-work')).toBe('needs-work');
    expect(parseWorkFilter('my-review')).toBe('my-review');
    expect(parseWorkFilter('everything')).toBeNull();
    expect(parseWorkFilter(undefined)).toBeNull();
  });

  it('needs work: untranslated, outdated and rejected, not in review or approved', () => {
    expect(['untranslated', 'outdated', 'rejected', 'in_review', 'approved'].map((status) => needsWork(status as RowFacts['status']))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('quality errors, open comments, and my versions that wait for review', () => {
    expect(matchesFilter(row(1, 'approved', { qaErrors: 1 }), 'quality-errors')).toBe(true);
    expect(matchesFilter(row(1, 'approved'), 'quality-errors')).toBe(false);
    expect(matchesFilter(row(1, 'approved', { openThreads: 2 }), 'open-comments')).toBe(true);
    expect(matchesFilter(row(1, 'in_review', { mine: true }), 'my-review')).toBe(true);
    expect(matchesFilter(row(1, 'in_review'), 'my-review')).toBe(false);
    expect(matchesFilter(row(1, 'approved', { mine: true }), 'my-review')).toBe(false);
    expect(matchesFilter(row(1, 'approved'), null)).toBe(true);
  });

  it('counts the rows of each filter', () => {
    const rows = [row(1, 'untranslated'), row(2, 'rejected', { qaErrors: 2 }), row(3, 'in_review', { mine: true, openThreads: 1 }), row(4, 'approved')];
    expect(filterCounts(rows)).toEqual({ 'needs-work': 2, 'quality-errors': 1, 'open-comments': 1, 'my-review': 1 });
  });
});

describe('nextNeedingWork', () => {
  const rows = [row(1, 'approved'), row(2, 'untranslated'), row(3, 'in_review'), row(4, 'outdated'), row(5, 'approved'), row(6, 'rejected')];

  it('finds the next and the previous paragraph that needs work', () => {
    expect(nextNeedingWork(rows, 2, 1)).toBe(4);
    expect(nextNeedingWork(rows, 3, 1)).toBe(4);
    expect(nextNeedingWork(rows, 4, -1)).toBe(2);
    expect(nextNeedingWork(rows, null, 1)).toBe(2);
    expect(nextNeedingWork(rows, null, -1)).toBe(6);
  });

  it('wraps around the ends and never answers the paragraph it starts from', () => {
    expect(nextNeedingWork(rows, 6, 1)).toBe(2);
    expect(nextNeedingWork(rows, 2, -1)).toBe(6);
    expect(nextNeedingWork([row(1, 'approved'), row(2, 'untranslated')], 2, 1)).toBeNull();
    expect(nextNeedingWork([row(1, 'approved')], null, 1)).toBeNull();
  });

  it('goes on to paragraphs of other pages that need work, the live rows of this page deciding for theirs', () => {
    const page = [row(101, 'untranslated'), row(102, 'approved'), row(103, 'approved')];
    expect(nextNeedingWork(page, 101, 1, [7, 250, 400])).toBe(250);
    expect(nextNeedingWork(page, 101, -1, [7, 250, 400])).toBe(7);
    expect(nextNeedingWork(page, 400, 1, [7, 250, 400])).toBe(7);
    expect(nextNeedingWork(page, null, 1, [7, 250])).toBe(7);
    // Saved a moment ago on this page: a stale list of the server's does not bring it back.
    expect(nextNeedingWork(page, 101, 1, [102])).toBeNull();
  });
});

describe('searchRanges', () => {
  it('finds every occurrence, whatever the case', () => {
    expect(searchRanges('Trump said trump', 'TRUMP')).toEqual([
      { start: 0, end: 5 },
      { start: 11, end: 16 },
    ]);
  });

  it('ignores accents of Latin letters, in the text and in the query, composed or not', () => {
    const text = 'Selenskyj in Kyïv, Zürich and Zu\u0308rich';
    expect(searchRanges(text, 'zurich').map(({ start, end }) => text.slice(start, end))).toEqual(['Zürich', 'Zu\u0308rich']);
    expect(searchRanges('Präsident', 'prasident')).toEqual([{ start: 0, end: 9 }]);
    expect(searchRanges('Prasident', 'Präsident')).toEqual([{ start: 0, end: 9 }]);
  });

  it('folds ß as ss, keeping the ranges in the original text', () => {
    const text = 'Die Straße ist lang';
    expect(searchRanges(text, 'strasse').map(({ start, end }) => text.slice(start, end))).toEqual(['Straße']);
    expect(searchRanges(text, 'ist')).toEqual([{ start: 11, end: 14 }]);
  });

  it('keeps the letters of other scripts apart, but not their case', () => {
    expect(searchRanges('Київ і Україна', 'київ')).toEqual([{ start: 0, end: 4 }]);
    expect(searchRanges('мій', 'мии')).toEqual([]);
  });

  it('finds nothing for an empty query and no overlaps', () => {
    expect(searchRanges('text', '  ')).toEqual([]);
    expect(searchRanges('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('cuts a text into plain pieces and numbered matches', () => {
    expect(splitAtRanges('a Trump b', [{ start: 2, end: 7 }])).toEqual([
      { text: 'a ', match: null },
      { text: 'Trump', match: 0 },
      { text: ' b', match: null },
    ]);
  });
});

describe('workKeyOf', () => {
  const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  });

  it('reads Ctrl and, on macOS, Cmd the same', () => {
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }]) {
      expect(workKeyOf(press('Enter', modifier), true)).toBe('saveAndNext');
      expect(workKeyOf(press('s', modifier), true)).toBe('save');
      expect(workKeyOf(press('S', modifier), false)).toBe('save');
      expect(workKeyOf(press('g', modifier), false)).toBe('goTo');
      expect(workKeyOf(press('h', modifier), true)).toBe('history');
    }
  });

  it('moves on after Ctrl+Enter only from a translation box', () => {
    expect(workKeyOf(press('Enter', { ctrlKey: true }), false)).toBeNull();
  });

  it('jumps with Alt+PageDown and Alt+PageUp, not with PageDown alone', () => {
    expect(workKeyOf(press('PageDown', { altKey: true }), false)).toBe('nextWork');
    expect(workKeyOf(press('PageUp', { altKey: true }), true)).toBe('previousWork');
    expect(workKeyOf(press('PageDown'), false)).toBeNull();
  });

  it('leaves other combinations to the browser and the text box', () => {
    expect(workKeyOf(press('s'), true)).toBeNull();
    expect(workKeyOf(press('c', { ctrlKey: true, shiftKey: true }), true)).toBeNull();
    expect(workKeyOf(press('s', { ctrlKey: true, shiftKey: true }), true)).toBeNull();
    expect(workKeyOf(press('g', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(workKeyOf(press('1', { ctrlKey: true }), true)).toBeNull();
  });
});
