// Words as the runtime's ICU segments them (Intl.Segmenter), for the quality checks and the
// translation memory, which run only on the server: there ICU's dictionaries and rules for each
// language are worth having, and no browser ever has to agree. Diffs, word counts and merges,
// which the browser renders too, use lib/text-tokens.ts instead.

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
