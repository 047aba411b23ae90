// Finding the work in the workbench: which rows a filter shows, how many each filter has, the
// next paragraph that needs work, and where a search matches a text. Pure, no React.
import type { TranslationStatus } from './paragraph-status';
import { searchFold } from './search-text';

export const WORK_FILTERS = ['needs-work', 'quality-errors', 'open-comments', 'my-review'] as const;
export type WorkFilter = (typeof WORK_FILTERS)[number];

/** What the filters ask of one paragraph row (the server knows all of it when it renders the page). */
export type RowFacts = {
  position: number;
  status: TranslationStatus;
  /** Quality findings of severity error. */
  qaErrors: number;
  openThreads: number;
  /** The current version is the signed-in person's. */
  mine: boolean;
};

/** The `filter` query parameter; anything unknown shows every row. */
export function parseWorkFilter(value: string | null | undefined): WorkFilter | null {
  return WORK_FILTERS.find((filter) => filter === value) ?? null;
}

/** Untranslated, outdated or rejected: the paragraph waits for its translator. */
export function needsWork(status: TranslationStatus): boolean {
  return status === 'untranslated' || status === 'outdated' || status === 'rejected';
}

export function matchesFilter(row: RowFacts, filter: WorkFilter | null): boolean {
  switch (filter) {
    case null:
      return true;
    case 'needs-work':
      return needsWork(row.status);
    case 'quality-errors':
      return row.qaErrors > 0;
    case 'open-comments':
      return row.openThreads > 0;
    case 'my-review':
      return row.mine && row.status === 'in_review';
  }
}

export function filterCounts(rows: RowFacts[]): Record<WorkFilter, number> {
  return Object.fromEntries(WORK_FILTERS.map((filter) => [filter, rows.filter((row) => matchesFilter(row, filter)).length])) as Record<
    WorkFilter,
    number
  >;
}

/**
 * The position of the next (step 1) or previous (-1) paragraph that needs work among `rows` and
 * the positions `elsewhere` (paragraphs of other pages that need work), after or before `from`
 * (null: from the top or the bottom), wrapping around; never `from` itself; null when no other
 * paragraph needs work.
 */
export function nextNeedingWork(rows: RowFacts[], from: number | null, step: 1 | -1, elsewhere: number[] = []): number | null {
  const onPage = new Set(rows.map((row) => row.position));
  const candidates = [...rows.filter((row) => needsWork(row.status)).map((row) => row.position), ...elsewhere.filter((position) => !onPage.has(position))]
    .filter((position) => position !== from)
    .sort((a, b) => (a - b) * step);
  if (candidates.length === 0) return null;
  if (from === null) return candidates[0];
  return candidates.find((position) => (position - from) * step > 0) ?? candidates[0];
}

export type TextRange = { start: number; end: number };

/**
 * Where `query` occurs in `text`, as ranges of `text`, without overlaps: compared in the folded
 * form of lib/search-text.ts (case, compatibility forms, ß = ss), and without the accents of
 * Latin letters (e = é, u = ü), while other scripts keep theirs (Ukrainian й is not и).
 */
export function searchRanges(text: string, query: string): TextRange[] {
  const needle = fold(query.trim()).folded;
  if (needle === '') return [];
  const { folded, origin } = fold(text);
  const ranges: TextRange[] = [];
  let at = folded.indexOf(needle);
  while (at !== -1) {
    const last = at + needle.length - 1;
    ranges.push({ start: origin[at].start, end: origin[last].end });
    at = folded.indexOf(needle, at + needle.length);
  }
  return ranges;
}

/** Each folded character with the range of the original character it came from. */
function fold(text: string): { folded: string; origin: TextRange[] } {
  let folded = '';
  const origin: TextRange[] = [];
  let start = 0;
  let previousLatin = false;
  for (const character of text) {
    const end = start + character.length;
    if (previousLatin && /\p{M}/u.test(character)) {
      // A combining accent on a Latin letter: dropped, and part of that letter's range.
      for (let index = origin.length - 1; index >= 0 && origin[index].end === start; index--) origin[index] = { ...origin[index], end };
      start = end;
      continue;
    }
    previousLatin = /\p{Script=Latin}/u.test(character);
    const base = /\p{Script=Latin}/u.test(character) ? character.normalize('NFD').replace(/\p{M}/gu, '') : character;
    for (const piece of searchFold(base)) {
      folded += piece;
      for (let unit = 0; unit < piece.length; unit++) origin.push({ start, end });
    }
    start = end;
  }
  return { folded, origin };
}

/** A text cut at its ranges: the pieces to render, the matches numbered from 0. */
export function splitAtRanges(text: string, ranges: TextRange[]): Array<{ text: string; match: number | null }> {
  const pieces: Array<{ text: string; match: number | null }> = [];
  let at = 0;
  ranges.forEach((range, index) => {
    if (range.start > at) pieces.push({ text: text.slice(at, range.start), match: null });
    pieces.push({ text: text.slice(range.start, range.end), match: index });
    at = range.end;
  });
  if (at < text.length) pieces.push({ text: text.slice(at), match: null });
  return pieces;
}

/** The workbench's keys for moving to the work (Ctrl, or Cmd on macOS). */
export type WorkKey = 'saveAndNext' | 'save' | 'nextWork' | 'previousWork' | 'goTo' | 'history';

/**
 * What a key press asks of the workbench, or null. `inBox`: it was pressed in a translation box
 * (where Ctrl+Enter saves, and only there moves on).
 */
export function workKeyOf(
  press: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean },
  inBox: boolean,
): WorkKey | null {
  const command = (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey;
  const key = press.key.toLowerCase();
  if (command && key === 'enter') return inBox ? 'saveAndNext' : null;
  if (command && key === 's') return 'save';
  if (command && key === 'g') return 'goTo';
  if (command && key === 'h') return 'history';
  if (press.altKey && !press.ctrlKey && !press.metaKey && !press.shiftKey) {
    if (press.key === 'PageDown') return 'nextWork';
    if (press.key === 'PageUp') return 'previousWork';
  }
  return null;
}
