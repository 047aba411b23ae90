// Merges two edits of the same paragraph made from a common base, token by token (the tokens
// of lib/text-tokens.ts), so that neither person's words are lost: where only one side changed
// something, that change is taken; where both changed the same words differently, the hunk is a
// conflict that carries base, theirs and mine, for the person to decide.
//
// This is diff3 (Khanna, Kunal and Pierce, "A Formal Investigation of Diff3", 2007), as
// node-diff3 implements it, but over jsdiff's Myers diffs bounded by MAX_EDIT_LENGTH: node-diff3's
// own LCS scans linearly through every repeat of a token, and a paragraph has a space between
// every two words (3,000 words took 20 to 70 s, measured).
import { diffArrays } from 'diff';
import { tokenize } from './text-tokens';
import { MAX_EDIT_LENGTH } from './word-diff';

/**
 * A stretch of the paragraph in all three texts. Joined in order, the hunks' `base`, `theirs`
 * and `mine` give back each text. Unless it is a conflict, at least two of the three are equal.
 */
export type MergeHunk = { base: string; theirs: string; mine: string; conflict: boolean };

export type MergeResult = { hunks: MergeHunk[]; conflicts: number };

/** Where one side changed the base: base tokens [oStart, oEnd) became side tokens [sStart, sEnd). */
type Change = { side: 'mine' | 'theirs'; oStart: number; oEnd: number; sStart: number; sEnd: number };

export function threeWayMerge({ base, theirs, mine }: { base: string; theirs: string; mine: string }): MergeResult {
  const o = tokenize(base);
  const sides = { mine: tokenize(mine), theirs: tokenize(theirs) };
  const changes = [...changesOf(o, sides.mine, 'mine'), ...changesOf(o, sides.theirs, 'theirs')].sort((a, b) => a.oStart - b.oStart);

  const hunks: MergeHunk[] = [];
  const unchanged = (from: number, to: number) => {
    if (to > from) {
      const text = o.slice(from, to).join('');
      hunks.push({ base: text, theirs: text, mine: text, conflict: false });
    }
  };
  let done = 0;
  for (let i = 0; i < changes.length; ) {
    // A region: changes that overlap or touch in the base. Touching counts, so that two
    // insertions at the same place, or an insertion next to a replaced word, are decided by
    // the person and not put one after the other by chance.
    const regionStart = changes[i].oStart;
    let regionEnd = changes[i].oEnd;
    const region = [changes[i++]];
    while (i < changes.length && changes[i].oStart <= regionEnd) {
      regionEnd = Math.max(regionEnd, changes[i].oEnd);
      region.push(changes[i++]);
    }
    unchanged(done, regionStart);
    const textOf = (side: 'mine' | 'theirs') => {
      const own = region.filter((change) => change.side === side);
      if (!own.length) return o.slice(regionStart, regionEnd).join('');
      // The side's span: its changes, widened by the base tokens the other side's changes
      // cover in the region and this side left as they were.
      const first = own[0];
      const last = own[own.length - 1];
      return sides[side].slice(first.sStart - (first.oStart - regionStart), last.sEnd + (regionEnd - last.oEnd)).join('');
    };
    const hunk = { base: o.slice(regionStart, regionEnd).join(''), theirs: textOf('theirs'), mine: textOf('mine') };
    hunks.push({ ...hunk, conflict: hunk.mine !== hunk.base && hunk.theirs !== hunk.base && hunk.mine !== hunk.theirs });
    done = regionEnd;
  }
  unchanged(done, o.length);
  return { hunks, conflicts: hunks.filter((hunk) => hunk.conflict).length };
}

/**
 * One side's changes to the base, from the Myers diff. When the two differ by more than
 * MAX_EDIT_LENGTH tokens, everything between their common beginning and end is one change.
 */
function changesOf(o: string[], side: string[], name: Change['side']): Change[] {
  const diff = diffArrays(o, side, { maxEditLength: MAX_EDIT_LENGTH });
  if (!diff) {
    let start = 0;
    while (start < o.length && start < side.length && o[start] === side[start]) start += 1;
    let end = 0;
    while (end < o.length - start && end < side.length - start && o[o.length - 1 - end] === side[side.length - 1 - end]) end += 1;
    return [{ side: name, oStart: start, oEnd: o.length - end, sStart: start, sEnd: side.length - end }];
  }
  const changes: Change[] = [];
  let oAt = 0;
  let sAt = 0;
  let open: Change | undefined;
  for (const part of diff) {
    const count = part.value.length;
    if (!part.added && !part.removed) {
      open = undefined;
      oAt += count;
      sAt += count;
      continue;
    }
    if (!open) {
      open = { side: name, oStart: oAt, oEnd: oAt, sStart: sAt, sEnd: sAt };
      changes.push(open);
    }
    if (part.removed) open.oEnd = oAt += count;
    else open.sEnd = sAt += count;
  }
  return changes;
}

/** The text of a hunk that is not a conflict: the side that changed it, or either when both agree. */
export function mergedHunkText(hunk: MergeHunk): string {
  return hunk.mine === hunk.base ? hunk.theirs : hunk.mine;
}

/**
 * The merged text, with `resolutions[k]` the text the person chose for the k-th conflict;
 * undefined while any conflict is undecided.
 */
export function resolveMerge(merge: MergeResult, resolutions: ReadonlyArray<string | undefined>): string | undefined {
  let text = '';
  let conflict = 0;
  for (const hunk of merge.hunks) {
    if (!hunk.conflict) {
      text += mergedHunkText(hunk);
      continue;
    }
    const chosen = resolutions[conflict++];
    if (chosen === undefined) return undefined;
    text += chosen;
  }
  return text;
}
