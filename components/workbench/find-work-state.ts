// The workbench's finding tools as one reducer: the filter (mirrored in the URL), the search
// with the texts it looks through and the current match, and the "Go to paragraph" dialog.
import { parseWorkFilter, searchRanges, type TextRange, type WorkFilter } from '@/lib/workbench-find';

export type SearchField = 'source' | 'translation';
/** One match: the paragraph, its side, and which match in that side's text (from 0). */
export type Match = { position: number; field: SearchField; index: number };

export type FindState = {
  filter: WorkFilter | null;
  /** Counts the times a filter was chosen: a row worked on since stays in view (findable-row.tsx). */
  filterRound: number;
  query: string;
  /** The texts the search looks through, of the rows on show, by `${position}:${field}`. */
  texts: Record<string, string>;
  /** The current match's number in the list of matches. */
  current: number;
  goToOpen: boolean;
};

export type FindAction =
  | { type: 'filterChosen'; filter: WorkFilter | null }
  | { type: 'filterRead'; value: string | null }
  | { type: 'queryChanged'; query: string }
  | { type: 'textShown'; position: number; field: SearchField; text: string | null }
  | { type: 'matchStepped'; step: 1 | -1 }
  | { type: 'goToOpened' }
  | { type: 'goToClosed' };

export function initialFindState(filter: string | null): FindState {
  return { filter: parseWorkFilter(filter), filterRound: 0, query: '', texts: {}, current: 0, goToOpen: false };
}

export function findReducer(state: FindState, action: FindAction): FindState {
  switch (action.type) {
    case 'filterChosen':
      return { ...state, filter: action.filter, filterRound: state.filterRound + 1, current: 0 };
    case 'filterRead': {
      const filter = parseWorkFilter(action.value);
      return filter === state.filter ? state : { ...state, filter, filterRound: state.filterRound + 1, current: 0 };
    }
    case 'queryChanged':
      return { ...state, query: action.query, current: 0 };
    case 'textShown': {
      const key = `${action.position}:${action.field}`;
      if ((state.texts[key] ?? null) === action.text) return state;
      const texts = { ...state.texts };
      if (action.text === null) delete texts[key];
      else texts[key] = action.text;
      return { ...state, texts };
    }
    case 'matchStepped': {
      const total = matchesOf(state).length;
      return total === 0 ? state : { ...state, current: (state.current + action.step + total) % total };
    }
    case 'goToOpened':
      return { ...state, goToOpen: true };
    case 'goToClosed':
      return { ...state, goToOpen: false };
  }
}

/** Every match of the query in the texts on show, in reading order: paragraph, English, translation. */
export function matchesOf(state: Pick<FindState, 'query' | 'texts'>): Match[] {
  if (state.query.trim() === '') return [];
  const entries = Object.entries(state.texts).map(([key, text]) => {
    const [position, field] = key.split(':');
    return { position: Number(position), field: field as SearchField, ranges: searchRanges(text, state.query) };
  });
  entries.sort((a, b) => a.position - b.position || (a.field === b.field ? 0 : a.field === 'source' ? -1 : 1));
  return entries.flatMap(({ position, field, ranges }) => ranges.map((_, index) => ({ position, field, index })));
}

/** The current match, kept in range when texts change under it. */
export function currentMatch(state: FindState, matches: Match[]): Match | null {
  return matches.length === 0 ? null : matches[Math.min(state.current, matches.length - 1)];
}

export type { TextRange };
