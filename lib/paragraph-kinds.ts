// The kinds of paragraph a news article has, as the importer assigns them.

export const PARAGRAPH_KINDS = [
  'dateline',
  'headline',
  'outlet',
  'byline',
  'standfirst',
  'subheading',
  'body',
] as const;

export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export function isParagraphKind(value: string): value is ParagraphKind {
  return (PARAGRAPH_KINDS as readonly string[]).includes(value);
}
