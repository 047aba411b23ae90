// Translation-memory matching: how similar a new English paragraph is to one translated before,
// so the workbench can offer the old translation as a starting point ("87% match").
import { diffArrays } from 'diff';
import { segmentWords } from './intl-words';

/** The lower-case words of an English text; punctuation and spacing do not count. */
export function englishWords(text: string): string[] {
  return segmentWords(text.toLowerCase(), 'en')
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
}

/** englishWords, kept for the texts segmented lately. */
function tokens(text: string): string[] {
  let words = recentTokens.get(text);
  if (words) return words;
  words = englishWords(text);
  if (recentTokens.size >= RECENT_TEXTS) recentTokens.delete(recentTokens.keys().next().value!);
  recentTokens.set(text, words);
  return words;
}

/**
 * The words of texts segmented lately: the memory's English comes back in every request, and
 * segmenting it is most of what ranking a few hundred candidates costs. Oldest out first.
 */
const RECENT_TEXTS = 20_000;
const recentTokens = new Map<string, string[]>();

/**
 * Word edit distance: a replaced word is one edit, not a deletion plus an insertion, so each
 * hunk of changes costs the larger of its removed and added word counts. Never more than the
 * longer text's word count: replacing every word is always possible (a diff that removes words
 * before a common one and adds others after it would otherwise count them twice).
 */
function wordEditDistance<Word>(a: readonly Word[], b: readonly Word[]): number {
  let distance = 0;
  let removed = 0;
  let added = 0;
  for (const change of diffArrays(a as Word[], b as Word[])) {
    if (change.removed) removed += change.count;
    else if (change.added) added += change.count;
    else {
      distance += Math.max(removed, added);
      removed = added = 0;
    }
  }
  return Math.min(distance + Math.max(removed, added), Math.max(a.length, b.length));
}

/**
 * Similarity of two texts' words (englishWords), or of the same words as numbers (one number a
 * word): see fuzzyMatchScore.
 */
export function scoreOf<Word>(left: readonly Word[], right: readonly Word[]): number {
  const longer = Math.max(left.length, right.length);
  if (longer === 0) return 100;
  return Math.floor(100 * (1 - wordEditDistance(left, right) / longer));
}

/**
 * Similarity of two texts from 0 to 100: 100 × (1 − word edit distance / longer word count),
 * rounded down so that only texts with the same words score 100.
 */
export function fuzzyMatchScore(a: string, b: string): number {
  return scoreOf(tokens(a), tokens(b));
}

/** How many times each word occurs. */
function wordCounts(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The most `right` can score against the words `left` (counted in `leftCounts`): the words both
 * keep in place are at most the words they share, so the edit distance is at least the longer
 * count minus the shared words. Cheap, where the score itself needs a diff.
 */
function scoreBound(left: string[], leftCounts: Map<string, number>, right: string[]): number {
  const longer = Math.max(left.length, right.length);
  if (longer === 0) return 100;
  const used = new Map<string, number>();
  let shared = 0;
  for (const word of right) {
    const taken = used.get(word) ?? 0;
    if (taken < (leftCounts.get(word) ?? 0)) {
      used.set(word, taken + 1);
      shared++;
    }
  }
  return Math.floor((100 * shared) / longer);
}

/**
 * The best earlier translations for a text: at least `min` similar, best first (the earlier
 * candidate first among equal scores), at most `limit`. Candidates are scored in the order of
 * what they could score at most, and the scoring stops where that cannot reach the results:
 * the answer is the one that scoring every candidate gives.
 */
export function rankSuggestions<T extends { source: string }>(
  query: string,
  candidates: T[],
  { min = 50, limit = 3 }: { min?: number; limit?: number } = {},
): Array<T & { score: number }> {
  const wanted = Math.max(0, limit);
  if (wanted === 0) return [];
  const left = tokens(query);
  const leftCounts = wordCounts(left);
  const bounded = candidates
    .map((candidate, order) => {
      const right = tokens(candidate.source);
      return { candidate, order, right, bound: scoreBound(left, leftCounts, right) };
    })
    .filter(({ bound }) => bound >= min)
    .sort((a, b) => b.bound - a.bound || a.order - b.order);
  const scored: Array<{ candidate: T & { score: number }; order: number }> = [];
  // The `wanted`-th best score so far: a candidate that cannot reach it cannot be in the answer.
  let bar = min;
  for (const { candidate, order, right, bound } of bounded) {
    if (bound < bar) break;
    const score = scoreOf(left, right);
    if (score < min) continue;
    scored.push({ candidate: { ...candidate, score }, order });
    if (scored.length >= wanted) {
      scored.sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order);
      scored.length = wanted;
      bar = Math.max(min, scored[wanted - 1].candidate.score);
    }
  }
  return scored
    .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
    .slice(0, wanted)
    .map(({ candidate }) => candidate);
}
