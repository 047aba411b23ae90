// What a new document's title may be, and the reasons a new document is refused, so that an
// interface can say each in its own language (the API's `message` says it in English).
// The limits module, not the importer's index: this module reaches the browser, the parsers must not.
import { ARTICLE_ERROR_REASONS } from './article-import/limits';

export const MAX_TITLE_LENGTH = 500;

export const NEW_DOCUMENT_ERROR_REASONS = [
  ...ARTICLE_ERROR_REASONS,
  'no_title',
  'no_languages',
  'unknown_language',
  'source_language',
  'unknown_position',
  'slug_taken',
] as const;
export type NewDocumentErrorReason = (typeof NEW_DOCUMENT_ERROR_REASONS)[number];

export function isNewDocumentErrorReason(value: unknown): value is NewDocumentErrorReason {
  return typeof value === 'string' && (NEW_DOCUMENT_ERROR_REASONS as readonly string[]).includes(value);
}

/** A title as one line: white space collapsed, NFC; a headline longer than a title may be is cut at a word. */
export function cleanTitle(title: string): string {
  const line = title.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').replace(/\s+/g, ' ').trim().normalize('NFC');
  if (line.length <= MAX_TITLE_LENGTH) return line;
  const cut = line.slice(0, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
