// Translation-memory matching: how similar a new English paragraph is to one translated before,
// so the workbench can offer the old translation as a starting point ("87% match").
import { diffArrays } from 'diff';
import { segmentWords } from './intl-words';

/** The lower-case words of an English text; punctuation and spacing do not count. */
function tokens(text: string): string[] {
  return segmentWords(text.toLowerCase(), 'en')
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
}

/**
 * Word edit distance: a replaced word is one edit, not a deletion plus an insertion, so each
 * hunk of changes costs the larger of its removed and added word counts. Never more than the
 * longer text's word count: replacing every word is always possible (a diff that removes words
 * before a common one and adds others after it would otherwise count them twice).
 */
function wordEditDistance(a: string[], b: string[]): number {
  let distance = 0;
  let removed = 0;
  let added = 0;
  for (const change of diffArrays(a, b)) {
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
 * Similarity of two texts from 0 to 100: 100 × (1 − word edit distance / longer word count),
 * rounded down so that only texts with the same words score 100.
 */
export function fuzzyMatchScore(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  const longer = Math.max(left.length, right.length);
  if (longer === 0) return 100;
  return Math.floor(100 * (1 - wordEditDistance(left, right) / longer));
}

/** The best earlier translations for a text: at least `min` similar, best first, at most `limit`. */
export function rankSuggestions<T extends { source: string }>(
  query: string,
  candidates: T[],
  { min = 50, limit = 3 }: { min?: number; limit?: number } = {},
): Array<T & { score: number }> {
  return candidates
    .map((candidate, order) => ({ candidate: { ...candidate, score: fuzzyMatchScore(query, candidate.source) }, order }))
    .filter(({ candidate }) => candidate.score >= min)
    .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map(({ candidate }) => candidate);
}
