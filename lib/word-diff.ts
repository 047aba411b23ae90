// Word diffs for news copy in any language: jsdiff's diffWords over the words that
// Intl.Segmenter finds for the language, so German compounds, Cyrillic and Arabic split into
// real words. Bounded: a pair too different to diff word by word within MAX_EDIT_LENGTH falls
// back to sentences, then to "all removed, all added", never a hang.
import { diffSentences, diffWords } from 'diff';

export type DiffPart = { value: string; added?: true; removed?: true };
export type WordDiff = { changes: DiffPart[]; granularity: 'word' | 'sentence' | 'whole' };

/** Edit operations (inserted or deleted tokens) beyond which a finer diff is abandoned. */
export const MAX_EDIT_LENGTH = 2000;

const segmenters = new Map<string, Intl.Segmenter>();

function nativeSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(Intl.Segmenter.supportedLocalesOf([lang]).length ? lang : 'en', {
      granularity: 'word',
    });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Text is segmented in pieces of about this many characters, cut at white space. */
const CHUNK = 400;

/**
 * The word segments of a text. V8's Intl.Segmenter slows down quadratically on long strings
 * (3 s for 5,000 words, measured), so the text is cut at white space, where no word can
 * continue, and each piece is segmented on its own.
 */
export function segmentWords(text: string, lang: string): Intl.SegmentData[] {
  const segmenter = nativeSegmenter(lang);
  const segments: Intl.SegmentData[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const space = text.slice(end).search(/\s/);
      end = space === -1 ? text.length : end + space;
    }
    for (const segment of segmenter.segment(text.slice(start, end))) {
      segments.push({ segment: segment.segment, index: segment.index + start, input: text, isWordLike: segment.isWordLike });
    }
    start = end;
  }
  return segments;
}

/** An Intl.Segmenter look-alike for jsdiff that segments with `segmentWords`. */
export function wordSegmenter(lang: string) {
  return {
    resolvedOptions: () => ({ ...nativeSegmenter(lang).resolvedOptions(), granularity: 'word' as const }),
    segment: (text: string) => segmentWords(text, lang),
  };
}

export function wordDiff(before: string, after: string, lang: string): WordDiff {
  if (before === after) return { changes: before ? [{ value: before }] : [], granularity: 'word' };
  const words = diffWords(before, after, {
    intlSegmenter: wordSegmenter(lang),
    maxEditLength: MAX_EDIT_LENGTH,
  });
  if (words) return { changes: simplify(words), granularity: 'word' };
  const sentences = diffSentences(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (sentences) return { changes: simplify(sentences), granularity: 'sentence' };
  return {
    changes: [...(before ? [{ value: before, removed: true as const }] : []), ...(after ? [{ value: after, added: true as const }] : [])],
    granularity: 'whole',
  };
}

/** Plain change objects: only the flags that are set, no empty parts. */
function simplify(changes: Array<{ value: string; added: boolean; removed: boolean }>): DiffPart[] {
  return changes
    .filter((change) => change.value !== '')
    .map((change) =>
      change.added ? { value: change.value, added: true } : change.removed ? { value: change.value, removed: true } : { value: change.value },
    );
}

/** How many words a diff removes and adds: the summary screen readers hear before the diff. */
export function countDiffWords(changes: DiffPart[], lang: string): { removed: number; added: number } {
  const count = (parts: DiffPart[]) =>
    parts.reduce((sum, part) => sum + segmentWords(part.value, lang).filter((s) => s.isWordLike).length, 0);
  return { removed: count(changes.filter((part) => part.removed)), added: count(changes.filter((part) => part.added)) };
}
