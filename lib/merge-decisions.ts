// What the person decided for each conflict of a three-way merge: their text, mine, or their
// own wording of the hunk (which starts as mine). Pure; the conflict view keeps it in a reducer.
import type { MergeResult } from './three-way-merge';

export type Pick = 'theirs' | 'mine' | 'own';

export type MergeDecisions = {
  /** Per conflict, in order: what was picked, or null while undecided. */
  picks: Array<Pick | null>;
  /** Per conflict: the person's own wording, kept when they switch to another pick and back. */
  own: string[];
};

export type MergeDecisionAction = { type: 'pick'; conflict: number; pick: Pick } | { type: 'write'; conflict: number; text: string };

export function initialDecisions(merge: MergeResult): MergeDecisions {
  const conflicts = merge.hunks.filter((hunk) => hunk.conflict);
  return { picks: conflicts.map(() => null), own: conflicts.map((hunk) => hunk.mine) };
}

export function decisionsReducer(state: MergeDecisions, action: MergeDecisionAction): MergeDecisions {
  if (action.conflict < 0 || action.conflict >= state.picks.length) return state;
  if (action.type === 'pick') return { ...state, picks: state.picks.map((pick, k) => (k === action.conflict ? action.pick : pick)) };
  return {
    picks: state.picks.map((pick, k) => (k === action.conflict ? 'own' : pick)),
    own: state.own.map((text, k) => (k === action.conflict ? action.text : text)),
  };
}

/** The text chosen for each conflict, undefined where nothing is decided yet. */
export function chosenTexts(merge: MergeResult, state: MergeDecisions): Array<string | undefined> {
  return merge.hunks
    .filter((hunk) => hunk.conflict)
    .map((hunk, k) => {
      const pick = state.picks[k];
      return pick === 'theirs' ? hunk.theirs : pick === 'mine' ? hunk.mine : pick === 'own' ? state.own[k] : undefined;
    });
}

export function openConflicts(state: MergeDecisions): number {
  return state.picks.filter((pick) => pick === null).length;
}
