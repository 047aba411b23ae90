// Turns a news article pasted as plain text (one paragraph per line, as copied from a news site)
// into ordered paragraphs with kinds. Pure: the seed and, later, the document import call it.
import type { ParagraphKind } from './paragraph-kinds';

export type ImportedParagraph = { position: number; kind: ParagraphKind; text: string };
export type DroppedLine = { line: number; text: string; reason: string };
export type ImportedArticle = { title: string; paragraphs: ImportedParagraph[]; dropped: DroppedLine[] };

const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const DATELINE = new RegExp(`^(${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2},\\s+\\d{4}$`);
/** A masthead such as "WELT" or "THE GUARDIAN": short and all capitals. */
const OUTLET = /^[\p{Lu}][\p{Lu}\s&.'-]{1,30}$/u;
/** "Leonhard Landes • 1 hour • 4 minutes read", "By Jane Doe" */
const BYLINE = /^By\s+\p{Lu}|\s[•|·]\s/u;
/** A subheading is a short line; body paragraphs in news copy run to several sentences. */
const SUBHEADING_MAX_WORDS = 10;
const SUBHEADING_MAX_CHARS = 80;

export function importArticle(text: string): ImportedArticle {
  const paragraphs: ImportedParagraph[] = [];
  const dropped: DroppedLine[] = [];
  let title = '';

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) return;
    const kind = classify(line, paragraphs, title);
    if (kind === 'repeated-headline') {
      // News pages print the headline twice (teaser and article head); it is one headline.
      dropped.push({ line: index + 1, text: line, reason: 'repeats the headline' });
      return;
    }
    if (kind === 'headline') title = line;
    paragraphs.push({ position: paragraphs.length + 1, kind, text: line });
  });

  if (!title) throw new Error('The article has no headline: the first line that is not a date or an outlet.');
  return { title, paragraphs, dropped };
}

function classify(
  line: string,
  before: ImportedParagraph[],
  title: string,
): ParagraphKind | 'repeated-headline' {
  const seen = new Set(before.map((paragraph) => paragraph.kind));
  if (title && line === title) return 'repeated-headline';
  if (!seen.has('dateline') && !seen.has('body') && DATELINE.test(line)) return 'dateline';
  if (!seen.has('outlet') && !seen.has('body') && OUTLET.test(line) && line.split(' ').length <= 3) {
    return 'outlet';
  }
  if (!title) return 'headline';
  if (!seen.has('byline') && !seen.has('body') && BYLINE.test(line)) return 'byline';
  const short = line.split(' ').length <= SUBHEADING_MAX_WORDS && line.length <= SUBHEADING_MAX_CHARS;
  if (!seen.has('standfirst') && !seen.has('body') && !short) return 'standfirst';
  return short ? 'subheading' : 'body';
}
