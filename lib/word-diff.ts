// Word diffs for news copy in any language: jsdiff's Myers diff over our own tokens
// (lib/text-tokens.ts), so the server and every browser show the same diff. Exact: the unchanged
// and removed parts rebuild the old text, the unchanged and added parts the new one, character
// for character. Bounded: a pair too different to diff word by word within MAX_EDIT_LENGTH falls
// back to sentences, then to "all removed, all added", never a hang.
import { diffArrays, diffSentences } from 'diff';
import { countWords, tokenize } from './text-tokens';

export type DiffPart = { value: string; added?: true; removed?: true };
export type WordDiff = { changes: DiffPart[]; granularity: 'word' | 'sentence' | 'whole' };

/** Edit operations (inserted or deleted tokens) beyond which a finer diff is abandoned. */
export const MAX_EDIT_LENGTH = 2000;

/**
 * The diff from `before` to `after`, as fine as it can be within bounds. `lang` is accepted for
 * the callers' sake and not used: tokens are cut the same way for every language, on purpose.
 */
export function wordDiff(before: string, after: string, lang?: string): WordDiff;
export function wordDiff(before: string, after: string): WordDiff {
  if (before === after) return { changes: before ? [{ value: before }] : [], granularity: 'word' };
  const words = diffByWord(before, after);
  if (words) return { changes: words, granularity: 'word' };
  const sentences = diffBySentence(before, after);
  if (sentences) return { changes: sentences, granularity: 'sentence' };
  return { changes: diffWhole(before, after), granularity: 'whole' };
}

/** Token by token; undefined when that takes more than MAX_EDIT_LENGTH edits. */
export function diffByWord(before: string, after: string): DiffPart[] | undefined {
  const changes = diffArrays(tokenize(before), tokenize(after), { maxEditLength: MAX_EDIT_LENGTH });
  return changes && tidy(changes.map((change) => ({ ...change, value: change.value.join('') })));
}

/** Sentence by sentence (jsdiff's sentences, which keep every character); undefined beyond the bound. */
export function diffBySentence(before: string, after: string): DiffPart[] | undefined {
  const changes = diffSentences(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  return changes && tidy(changes);
}

/** Everything removed, everything added. */
export function diffWhole(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ value: before }] : [];
  return [...(before ? [{ value: before, removed: true as const }] : []), ...(after ? [{ value: after, added: true as const }] : [])];
}

type Change = { value: string; added: boolean; removed: boolean };

/**
 * Readable change objects that still rebuild both texts: between two changes, white space that
 * happens to be unchanged ("acht Menschen" to "neun tote Menschen" keeps a space in the middle)
 * joins the change on both sides, so each change is one removal followed by one addition; white
 * space both sides of a change begin or end with goes back to the unchanged text; empty parts and
 * unset flags are dropped.
 */
function tidy(changes: Change[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  // Unchanged white space seen after a change, not yet known to be followed by another change.
  let pendingSpace = '';
  const flush = () => {
    const lead = commonPrefix(removed, added).match(/^\s*/)![0];
    const trail = commonSuffix(removed.slice(lead.length), added.slice(lead.length)).match(/\s*$/)![0];
    push(parts, { value: lead });
    push(parts, { value: removed.slice(lead.length, removed.length - trail.length), removed: true });
    push(parts, { value: added.slice(lead.length, added.length - trail.length), added: true });
    push(parts, { value: trail });
    removed = added = '';
  };
  for (const change of changes) {
    if (!change.value) continue;
    if (change.added || change.removed) {
      removed += pendingSpace;
      added += pendingSpace;
      pendingSpace = '';
      if (change.removed) removed += change.value;
      else added += change.value;
    } else if ((removed || added) && !pendingSpace && /^\s+$/.test(change.value)) {
      pendingSpace = change.value;
    } else {
      if (removed || added) flush();
      push(parts, { value: pendingSpace + change.value });
      pendingSpace = '';
    }
  }
  if (removed || added) flush();
  push(parts, { value: pendingSpace });
  return parts;
}

/** Appends a part, merging it into the last one when both are of the same kind. */
function push(parts: DiffPart[], part: DiffPart) {
  if (!part.value) return;
  const last = parts[parts.length - 1];
  if (last && Boolean(last.added) === Boolean(part.added) && Boolean(last.removed) === Boolean(part.removed)) {
    last.value += part.value;
  } else {
    parts.push(part);
  }
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return a.slice(0, i);
}

function commonSuffix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i += 1;
  return a.slice(a.length - i);
}

/** How many words a diff removes and adds: the summary screen readers hear before the diff. */
export function countDiffWords(changes: DiffPart[], lang?: string): { removed: number; added: number };
export function countDiffWords(changes: DiffPart[]): { removed: number; added: number } {
  let removed = 0;
  let added = 0;
  for (const part of changes) {
    if (part.removed) removed += countWords(part.value);
    else if (part.added) added += countWords(part.value);
  }
  return { removed, added };
}
