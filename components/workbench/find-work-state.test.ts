import { describe, expect, it } from 'vitest';
import { currentMatch, findReducer, initialFindState, matchesOf, type FindState } from './find-work-state';

function withTexts(state: FindState): FindState {
  return [
    { position: 2, field: 'translation' as const, text: 'Trump sagte' },
    { position: 1, field: 'translation' as const, text: 'Trump und trump' },
    { position: 1, field: 'source' as const, text: 'Trump said' },
  ].reduce((next, shown) => findReducer(next, { type: 'textShown', ...shown }), state);
}

describe('find-work state', () => {
  it('starts from the filter in the URL, unknown values show everything', () => {
    expect(initialFindState('needs-work').filter).toBe('needs-work');
    expect(initialFindState('nonsense').filter).toBeNull();
    expect(initialFindState(null)).toEqual({ filter: null, filterRound: 0, query: '', texts: {}, current: 0, goToOpen: false });
  });

  it('follows the URL when it changes (back and forward), keeping the state when it is the same', () => {
    const state = initialFindState('needs-work');
    expect(findReducer(state, { type: 'filterRead', value: 'needs-work' })).toBe(state);
    expect(findReducer(state, { type: 'filterRead', value: null }).filter).toBeNull();
    expect(findReducer(state, { type: 'filterChosen', filter: 'open-comments' }).filter).toBe('open-comments');
  });

  it('starts a new round each time a filter is chosen or the URL changes it, the same filter chosen again too', () => {
    const state = initialFindState('needs-work');
    expect(findReducer(state, { type: 'filterRead', value: 'needs-work' }).filterRound).toBe(0);
    expect(findReducer(state, { type: 'filterRead', value: null }).filterRound).toBe(1);
    const again = findReducer(state, { type: 'filterChosen', filter: 'needs-work' });
    expect(again.filterRound).toBe(1);
    expect(findReducer(again, { type: 'filterChosen', filter: 'needs-work' }).filterRound).toBe(2);
    expect(findReducer(again, { type: 'queryChanged', query: 'Putin' }).filterRound).toBe(1);
  });

  it('lists the matches in reading order: paragraph, English before translation', () => {
    const state = findReducer(withTexts(initialFindState(null)), { type: 'queryChanged', query: 'TRUMP' });
    expect(matchesOf(state)).toEqual([
      { position: 1, field: 'source', index: 0 },
      { position: 1, field: 'translation', index: 0 },
      { position: 1, field: 'translation', index: 1 },
      { position: 2, field: 'translation', index: 0 },
    ]);
    expect(matchesOf({ ...state, query: ' ' })).toEqual([]);
  });

  it('steps through the matches both ways, round the ends; a new query starts at the first', () => {
    let state = findReducer(withTexts(initialFindState(null)), { type: 'queryChanged', query: 'trump' });
    state = findReducer(state, { type: 'matchStepped', step: -1 });
    expect(currentMatch(state, matchesOf(state))).toEqual({ position: 2, field: 'translation', index: 0 });
    state = findReducer(state, { type: 'matchStepped', step: 1 });
    expect(state.current).toBe(0);
    state = findReducer(state, { type: 'matchStepped', step: 1 });
    expect(state.current).toBe(1);
    expect(findReducer(state, { type: 'queryChanged', query: 'sagte' }).current).toBe(0);
    const none = findReducer(state, { type: 'queryChanged', query: 'nothing' });
    expect(findReducer(none, { type: 'matchStepped', step: 1 })).toBe(none);
    expect(currentMatch(none, matchesOf(none))).toBeNull();
  });

  it('forgets the text of a row that is hidden, and keeps the current match in range', () => {
    let state = findReducer(withTexts(initialFindState(null)), { type: 'queryChanged', query: 'trump' });
    state = findReducer(state, { type: 'matchStepped', step: -1 });
    state = findReducer(state, { type: 'textShown', position: 2, field: 'translation', text: null });
    expect(Object.keys(state.texts)).toEqual(['1:translation', '1:source']);
    expect(currentMatch(state, matchesOf(state))).toEqual({ position: 1, field: 'translation', index: 1 });
    expect(findReducer(state, { type: 'textShown', position: 1, field: 'source', text: 'Trump said' })).toBe(state);
  });

  it('opens and closes Go to paragraph', () => {
    const open = findReducer(initialFindState(null), { type: 'goToOpened' });
    expect(open.goToOpen).toBe(true);
    expect(findReducer(open, { type: 'goToClosed' }).goToOpen).toBe(false);
  });
});
