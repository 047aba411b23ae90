// Turns the blocks a format reader found into numbered paragraphs with kinds. The kinds come
// from what the markup states (a heading, a `class="byline"`), and otherwise from the text
// itself, by the rules that read WELT's article pasted as plain text: a date line, a masthead
// in capitals, the first line as headline, "By …" or "Name • 1 hour" as byline, the first long
// paragraph as standfirst, short lines as subheadings. Every format goes through here, so a
// story reads the same whichever way it came in.
import type { ParagraphKind } from '../paragraph-kinds';
import { emptyArticle, MAX_PARAGRAPH_LENGTH, paragraphTooLong, tooManyParagraphs, MAX_ARTICLE_PARAGRAPHS } from './limits';
import type { Block, DroppedPart, ImportedArticle, ImportedParagraph } from './types';

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

/** Control characters other than white space (which is collapsed): C0, DEL, C1. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** One line of text: white space collapsed, control characters removed, Unicode NFC. */
export function normalizeBlockText(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

export function assembleArticle(blocks: Block[], dropped: DroppedPart[]): ImportedArticle {
  const paragraphs: ImportedParagraph[] = [];
  const found: DroppedPart[] = [...dropped];
  let title = '';
  // When the markup has a first-level heading, that is the headline: nothing before it is.
  const firstHeading = blocks.findIndex((block) => block.role === 'heading1');
  const headline = firstHeading >= 0 ? normalizeBlockText(blocks[firstHeading].text) : '';
  let headlineAhead = firstHeading >= 0;
  const seen = new Set<ParagraphKind>();

  for (const [index, block] of blocks.entries()) {
    const text = normalizeBlockText(block.text);
    if (!text) continue;
    if ((title && text === title) || (index < firstHeading && text === headline)) {
      // News pages print the headline twice (teaser and article head); it is one headline.
      found.push({ line: block.line, reason: 'repeated_headline', text });
      continue;
    }
    const kind = classify({ ...block, text }, seen, title, headlineAhead);
    seen.add(kind);
    if (kind === 'headline' && !title) {
      title = text;
      headlineAhead = false;
    }
    paragraphs.push({ position: paragraphs.length + 1, kind, text });
    if (paragraphs.length > MAX_ARTICLE_PARAGRAPHS) throw tooManyParagraphs(countParagraphs(blocks));
    if (text.length > MAX_PARAGRAPH_LENGTH) throw paragraphTooLong(paragraphs.length, text.length);
  }

  if (!paragraphs.length) throw emptyArticle();
  found.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { title, paragraphs, dropped: found };
}

function countParagraphs(blocks: Block[]): number {
  return blocks.filter((block) => normalizeBlockText(block.text)).length;
}

/** `seen`: the kinds of the paragraphs before this one. */
function classify(block: Block, seen: ReadonlySet<ParagraphKind>, title: string, headlineAhead: boolean): ParagraphKind {
  const { text, role } = block;
  if (block.hint) return block.hint === 'headline' && title ? 'subheading' : block.hint;
  if (role === 'heading1' || role === 'heading') return title || (role === 'heading' && headlineAhead) ? 'subheading' : 'headline';

  const opening = !seen.has('body');
  if (opening && !seen.has('dateline') && DATELINE.test(text)) return 'dateline';
  if (opening && !seen.has('outlet') && OUTLET.test(text) && text.split(' ').length <= 3) return 'outlet';
  if (!title && !headlineAhead) return 'headline';
  if (opening && !seen.has('byline') && BYLINE.test(text)) return 'byline';
  const short = text.split(' ').length <= SUBHEADING_MAX_WORDS && text.length <= SUBHEADING_MAX_CHARS;
  if (opening && !seen.has('standfirst') && !short) return 'standfirst';
  if (!short) return 'body';
  // A short line of plain text is a subheading; in markup a subheading is a heading, so a short
  // paragraph is one only when it is all bold (how some editors write them), or when it stands
  // above the headline (a kicker: "Weather").
  return role === 'line' || block.emphasized || !title ? 'subheading' : 'body';
}
