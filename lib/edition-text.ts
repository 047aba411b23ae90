// A published edition as a reader would paste it: plain text (paragraphs apart by a blank line)
// or Markdown (the headline a heading, the standfirst bold, datelines and bylines in italics),
// with Markdown's special characters escaped so the text reads back as written.
import type { ParagraphKind } from './paragraph-kinds';

export type EditionText = { position: number; kind: ParagraphKind; text: string };

/** Paragraphs in reading order; an approved empty text is a paragraph the translation leaves out. */
function printed(paragraphs: EditionText[]): EditionText[] {
  return [...paragraphs].sort((a, b) => a.position - b.position).filter((paragraph) => paragraph.text.trim() !== '');
}

export function editionPlainText(paragraphs: EditionText[]): string {
  const blocks = printed(paragraphs).map((paragraph) => paragraph.text.trim());
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

export function editionMarkdown(paragraphs: EditionText[]): string {
  const blocks = printed(paragraphs).map(({ kind, text }) => {
    switch (kind) {
      case 'headline':
        return `# ${escapeMarkdown(oneLine(text))}`;
      case 'subheading':
        return `## ${escapeMarkdown(oneLine(text))}`;
      case 'standfirst':
        return `**${markdownLines(text)}**`;
      case 'dateline':
      case 'byline':
      case 'outlet':
        return `*${markdownLines(text)}*`;
      default:
        return markdownLines(text);
    }
  });
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}

/** A paragraph's lines, each escaped; a line break inside a paragraph stays one (a hard break). */
function markdownLines(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => escapeMarkdown(line.trim()))
    .filter((line) => line !== '')
    .join('\\\n');
}

/**
 * Escapes what Markdown (CommonMark with GitHub's tables and strikethrough) would read as markup:
 * emphasis, code, links, HTML, entities, and at the start of a line headings, quotes, lists and
 * rules. "24. April" at the start of a line would otherwise be a numbered list.
 */
export function escapeMarkdown(line: string): string {
  let escaped = line
    .replace(/[\\`*_[\]<>~|]/g, (character) => `\\${character}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  escaped = escaped.replace(/^(\s*)([#>+\-=])/, '$1\\$2');
  escaped = escaped.replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return escaped;
}
