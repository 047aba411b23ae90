import { describe, expect, it } from 'vitest';
import { chosenTexts, decisionsReducer, initialDecisions, openConflicts } from './merge-decisions';
import { resolveMerge, threeWayMerge } from './three-way-merge';

const merge = threeWayMerge({
  base: 'Kiew meldete acht Tote.',
  theirs: 'Kyjiw meldete neun Tote.',
  mine: 'Kyiv meldete zehn Tote.',
});

describe('merge decisions', () => {
  it('start undecided, with my text as the start of my own wording', () => {
    const state = initialDecisions(merge);
    expect(state).toEqual({ picks: [null, null], own: ['Kyiv', 'zehn'] });
    expect(openConflicts(state)).toBe(2);
    expect(chosenTexts(merge, state)).toEqual([undefined, undefined]);
    expect(resolveMerge(merge, chosenTexts(merge, state))).toBeUndefined();
  });

  it('take theirs, mine or the own wording per conflict, and give the merged text once all are decided', () => {
    let state = decisionsReducer(initialDecisions(merge), { type: 'pick', conflict: 0, pick: 'theirs' });
    expect(openConflicts(state)).toBe(1);
    expect(resolveMerge(merge, chosenTexts(merge, state))).toBeUndefined();
    state = decisionsReducer(state, { type: 'write', conflict: 1, text: 'neun oder zehn' });
    expect(state.picks).toEqual(['theirs', 'own']);
    expect(resolveMerge(merge, chosenTexts(merge, state))).toBe('Kyjiw meldete neun oder zehn Tote.');
    state = decisionsReducer(state, { type: 'pick', conflict: 1, pick: 'mine' });
    expect(resolveMerge(merge, chosenTexts(merge, state))).toBe('Kyjiw meldete zehn Tote.');
    // The own wording is kept for when the person comes back to it.
    state = decisionsReducer(state, { type: 'pick', conflict: 1, pick: 'own' });
    expect(resolveMerge(merge, chosenTexts(merge, state))).toBe('Kyjiw meldete neun oder zehn Tote.');
  });

  it('accepts an empty own wording (the words go) and ignores conflicts that do not exist', () => {
    let state = decisionsReducer(initialDecisions(merge), { type: 'write', conflict: 0, text: '' });
    state = decisionsReducer(state, { type: 'pick', conflict: 1, pick: 'mine' });
    expect(resolveMerge(merge, chosenTexts(merge, state))).toBe(' meldete zehn Tote.');
    expect(decisionsReducer(state, { type: 'pick', conflict: 5, pick: 'mine' })).toBe(state);
  });
});
