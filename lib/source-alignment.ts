// Lines up the paragraphs of a story's current English with those of its next version, as a CMS
// sends it: which paragraph stayed, which was edited, which moved elsewhere, which is new and
// which is gone. A sequence alignment over paragraphs (dynamic programming with a word similarity
// score), so one inserted paragraph does not turn everything after it into "changed". Pure.
//
// Steps, each cheap on the usual update (a few paragraphs touched in a long story):
// 1. equal paragraphs at the start and the end are unchanged;
// 2. in between, paragraphs whose text occurs exactly once on each side are anchors; the longest
//    run of anchors in the same order is unchanged, the anchors out of that order moved;
// 3. between consecutive anchors, a global alignment (edited = matched with a similarity of at
//    least CHANGED_SIMILARITY, otherwise removed and added) maximises the total similarity;
// 4. what is left removed and added with the same or nearly the same text moved.

/** Two paragraphs with at least this word similarity (Dice over words) are one paragraph, edited. */
export const CHANGED_SIMILARITY = 0.5;
/** A paragraph found elsewhere in the new text with at least this similarity moved there. */
export const MOVED_SIMILARITY = 0.8;
/** Above this many paragraph pairs, a gap is aligned in a band around its diagonal. */
export const MAX_ALIGNMENT_CELLS = 1_000_000;

export const ALIGNMENT_OUTCOMES = ['unchanged', 'changed', 'moved', 'added', 'removed'] as const;
export type AlignmentOutcome = (typeof ALIGNMENT_OUTCOMES)[number];

/** `from` indexes the old paragraphs, `to` the new ones (both from 0). */
export type AlignedParagraph =
  | { outcome: 'unchanged'; from: number; to: number }
  | { outcome: 'changed'; from: number; to: number; similarity: number }
  /** Out of the old order; `similarity` is 1 when the text is the same. */
  | { outcome: 'moved'; from: number; to: number; similarity: number }
  | { outcome: 'added'; to: number }
  | { outcome: 'removed'; from: number };

export type SourceAlignment = {
  /** In the new text's order; each removed paragraph stands where it stood among the others. */
  paragraphs: AlignedParagraph[];
  counts: Record<AlignmentOutcome, number>;
};

/** The highest similarity of two texts that are not identical (the same words, other punctuation). */
const NOT_IDENTICAL = 0.999;

type Match = { from: number; to: number; similarity: number; moved: boolean };

/**
 * Aligns `before` (the current paragraphs' texts, in order) with `after` (the new ones). Texts
 * are compared as given: normalise them the same way first. A paragraph is unchanged only when
 * its text is identical.
 */
export function alignParagraphs(before: readonly string[], after: readonly string[]): SourceAlignment {
  const words = new WordTable();
  const oldWords = before.map((text) => words.of(text));
  const newWords = after.map((text) => words.of(text));
  // Below 1 unless identical, so that an identical paragraph wins over one with the same words.
  const similarity = (from: number, to: number) =>
    before[from] === after[to] ? 1 : Math.min(NOT_IDENTICAL, dice(oldWords[from], newWords[to], CHANGED_SIMILARITY));

  const matches: Match[] = [];
  // 1. The same paragraphs at both ends.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) {
    matches.push({ from: start, to: start, similarity: 1, moved: false });
    start++;
  }
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before[oldEnd - 1] === after[newEnd - 1]) {
    oldEnd--;
    newEnd--;
    matches.push({ from: oldEnd, to: newEnd, similarity: 1, moved: false });
  }

  // 2. Anchors: texts found exactly once on each side of the middle.
  const anchors = uniquePairs(before, after, start, oldEnd, start, newEnd);
  const inOrder = longestIncreasingRun(anchors);
  const kept = new Set(inOrder);
  for (const anchor of anchors) matches.push({ ...anchor, similarity: 1, moved: !kept.has(anchor) });
  const movedOld = new Set(anchors.filter((anchor) => !kept.has(anchor)).map((anchor) => anchor.from));
  const movedNew = new Set(anchors.filter((anchor) => !kept.has(anchor)).map((anchor) => anchor.to));

  // 3. Between anchors, the best alignment of what is left.
  const bounds = [{ from: start - 1, to: start - 1 }, ...inOrder, { from: oldEnd, to: newEnd }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const olds = range(bounds[k].from + 1, bounds[k + 1].from).filter((i) => !movedOld.has(i));
    const news = range(bounds[k].to + 1, bounds[k + 1].to).filter((j) => !movedNew.has(j));
    for (const [i, j, score] of alignGap(olds, news, similarity)) matches.push({ from: i, to: j, similarity: score, moved: false });
  }

  // 4. Removed here and added there with (nearly) the same text: moved.
  const matchedOld = new Set(matches.map((match) => match.from));
  const matchedNew = new Set(matches.map((match) => match.to));
  const removed = range(0, before.length).filter((i) => !matchedOld.has(i));
  const added = range(0, after.length).filter((j) => !matchedNew.has(j));
  matches.push(
    ...findMoves(removed, added, before, after, (i, j) => Math.min(NOT_IDENTICAL, dice(oldWords[i], newWords[j], MOVED_SIMILARITY))),
  );

  return assemble(before, after, matches);
}

/** The alignment's entries in the new order, removed paragraphs among their old neighbours. */
function assemble(before: readonly string[], after: readonly string[], matches: Match[]): SourceAlignment {
  const byNew = new Map(matches.map((match) => [match.to, match]));
  const matchedOld = new Set(matches.map((match) => match.from));
  const paragraphs: AlignedParagraph[] = [];
  let nextOld = 0;
  const removedUpTo = (end: number) => {
    for (; nextOld < end; nextOld++) if (!matchedOld.has(nextOld)) paragraphs.push({ outcome: 'removed', from: nextOld });
  };
  // Where the old text continues in order after each new paragraph: removals come before what replaced them.
  const nextInPlace: number[] = new Array(after.length + 1).fill(before.length);
  for (let to = after.length - 1; to >= 0; to--) {
    const match = byNew.get(to);
    nextInPlace[to] = match && !match.moved ? match.from : nextInPlace[to + 1];
  }
  for (let to = 0; to < after.length; to++) {
    const match = byNew.get(to);
    removedUpTo(nextInPlace[to]);
    if (!match) {
      paragraphs.push({ outcome: 'added', to });
    } else if (match.moved) {
      paragraphs.push({ outcome: 'moved', from: match.from, to, similarity: round(match.similarity) });
    } else {
      nextOld = Math.max(nextOld, match.from + 1);
      paragraphs.push(
        before[match.from] === after[to]
          ? { outcome: 'unchanged', from: match.from, to }
          : { outcome: 'changed', from: match.from, to, similarity: round(match.similarity) },
      );
    }
  }
  removedUpTo(before.length);
  const counts = Object.fromEntries(ALIGNMENT_OUTCOMES.map((outcome) => [outcome, 0])) as Record<AlignmentOutcome, number>;
  for (const paragraph of paragraphs) counts[paragraph.outcome] += 1;
  return { paragraphs, counts };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Pairs (old, new) of the middle whose text occurs once in the old middle and once in the new. */
function uniquePairs(before: readonly string[], after: readonly string[], start: number, oldEnd: number, newStart: number, newEnd: number) {
  const count = (texts: readonly string[], from: number, to: number) => {
    const seen = new Map<string, number[]>();
    for (let k = from; k < to; k++) {
      const list = seen.get(texts[k]);
      if (list) list.push(k);
      else seen.set(texts[k], [k]);
    }
    return seen;
  };
  const olds = count(before, start, oldEnd);
  const news = count(after, newStart, newEnd);
  const pairs: Array<{ from: number; to: number }> = [];
  for (const [text, at] of news) {
    const from = olds.get(text);
    if (at.length === 1 && from?.length === 1) pairs.push({ from: from[0], to: at[0] });
  }
  return pairs.sort((a, b) => a.to - b.to);
}

/** The longest subsequence (of pairs sorted by `to`) whose `from` increases too: patience sorting. */
function longestIncreasingRun<T extends { from: number }>(pairs: T[]): T[] {
  const tails: number[] = [];
  const previous: number[] = new Array(pairs.length).fill(-1);
  pairs.forEach((pair, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]].from < pair.from) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const run: T[] = [];
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]) run.unshift(pairs[index]);
  return run;
}

/**
 * The global alignment of two runs of paragraphs (old indexes, new indexes) that maximises the
 * summed similarity of the matched pairs; a pair below CHANGED_SIMILARITY cannot match. Long runs
 * are aligned within a band around the diagonal, so the work stays bounded.
 */
function alignGap(olds: number[], news: number[], similarity: (from: number, to: number) => number): Array<[number, number, number]> {
  const m = olds.length;
  const n = news.length;
  if (m === 0 || n === 0) return [];
  const cells = m * n;
  const halfWidth = cells <= MAX_ALIGNMENT_CELLS ? n : Math.max(Math.ceil(n / m) + 1, Math.floor(MAX_ALIGNMENT_CELLS / (2 * (m + 1))));
  const low = (i: number) => Math.max(0, Math.round((i * n) / m) - halfWidth);
  const high = (i: number) => Math.min(n, Math.round((i * n) / m) + halfWidth);
  // score[i][j - low(i)]: the best total for the first i old and j new paragraphs.
  const score: Float64Array[] = [];
  const step: Uint8Array[] = [];
  const at = (i: number, j: number) => (j < low(i) || j > high(i) ? -Infinity : score[i][j - low(i)]);
  const DIAGONAL = 1;
  const UP = 2; // the old paragraph is removed
  const LEFT = 3; // the new paragraph is added
  for (let i = 0; i <= m; i++) {
    const first = low(i);
    const last = high(i);
    score[i] = new Float64Array(last - first + 1);
    step[i] = new Uint8Array(last - first + 1);
    for (let j = first; j <= last; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let move = 0;
      if (i > 0 && j > 0) {
        const previous = at(i - 1, j - 1);
        const s = previous === -Infinity ? 0 : similarity(olds[i - 1], news[j - 1]);
        if (s >= CHANGED_SIMILARITY) [best, move] = [previous + s, DIAGONAL];
      }
      if (i > 0 && at(i - 1, j) > best) [best, move] = [at(i - 1, j), UP];
      if (j > 0 && at(i, j - 1) > best) [best, move] = [at(i, j - 1), LEFT];
      score[i][j - first] = best;
      step[i][j - first] = move;
    }
  }
  const pairs: Array<[number, number, number]> = [];
  for (let i = m, j = n; i > 0 || j > 0; ) {
    const move = step[i][j - low(i)];
    if (move === DIAGONAL) {
      pairs.push([olds[i - 1], news[j - 1], similarity(olds[i - 1], news[j - 1])]);
      i--;
      j--;
    } else if (move === UP) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Pairs removed and added paragraphs of the same text, then of nearly the same text, best first. */
function findMoves(
  removed: number[],
  added: number[],
  before: readonly string[],
  after: readonly string[],
  similarity: (from: number, to: number) => number,
): Match[] {
  const moves: Match[] = [];
  const waiting = new Map<string, number[]>();
  for (const to of added) {
    const list = waiting.get(after[to]);
    if (list) list.push(to);
    else waiting.set(after[to], [to]);
  }
  const pairedNew = new Set<number>();
  const unpairedOld: number[] = [];
  for (const from of removed) {
    const to = waiting.get(before[from])?.shift();
    if (to === undefined) unpairedOld.push(from);
    else {
      moves.push({ from, to, similarity: 1, moved: true });
      pairedNew.add(to);
    }
  }
  const unpairedNew = added.filter((to) => !pairedNew.has(to));
  if (unpairedOld.length * unpairedNew.length > MAX_ALIGNMENT_CELLS) return moves;
  const candidates: Match[] = [];
  for (const from of unpairedOld) {
    for (const to of unpairedNew) {
      const s = similarity(from, to);
      if (s >= MOVED_SIMILARITY) candidates.push({ from, to, similarity: s, moved: true });
    }
  }
  candidates.sort((a, b) => b.similarity - a.similarity || a.from - b.from || a.to - b.to);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  for (const candidate of candidates) {
    if (usedOld.has(candidate.from) || usedNew.has(candidate.to)) continue;
    usedOld.add(candidate.from);
    usedNew.add(candidate.to);
    moves.push(candidate);
  }
  return moves;
}

/** Words as sorted ids: "Kyiv" and "kyiv," are one word. */
class WordTable {
  private readonly ids = new Map<string, number>();

  of(text: string): Int32Array {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return Int32Array.from(
      words.map((word) => {
        let id = this.ids.get(word);
        if (id === undefined) this.ids.set(word, (id = this.ids.size));
        return id;
      }),
    ).sort();
  }
}

/**
 * The Dice coefficient of two word multisets (sorted ids): 2 |A ∩ B| / (|A| + |B|), from 0 to 1.
 * Answers 0 at once when even a full overlap of the shorter could not reach `atLeast`.
 */
export function dice(a: Int32Array, b: Int32Array, atLeast = 0): number {
  const total = a.length + b.length;
  if (total === 0 || (2 * Math.min(a.length, b.length)) / total < atLeast) return 0;
  let common = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x] === b[y]) {
      common++;
      x++;
      y++;
    } else if (a[x] < b[y]) x++;
    else y++;
  }
  return (2 * common) / total;
}
