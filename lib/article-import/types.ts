// What the article importer gives back, whatever the format it read.
import type { ParagraphKind } from '../paragraph-kinds';

export const ARTICLE_FORMATS = ['text', 'markdown', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

export type ImportedParagraph = { position: number; kind: ParagraphKind; text: string };

/**
 * Why a part of the article is not a paragraph. `repeated_headline`: the headline printed again
 * (news pages print it twice); the others are HTML (also raw HTML inside Markdown) that is not
 * article text: program code, style sheets, embedded players and graphics, templates, comments,
 * images (their alternative text is not article text), form controls.
 */
export const DROP_REASONS = ['repeated_headline', 'script', 'style', 'embedded', 'template', 'comment', 'image', 'form_control'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export type DroppedPart = {
  /** The line of the input it started on, where the format tells. */
  line: number | null;
  reason: DropReason;
  /** Its text (a script's code, a comment, an image's alternative text), shortened; may be ''. */
  text: string;
  /** The HTML element, for the reasons that are elements (`iframe`, `img`…). */
  element?: string;
};

export type ImportedArticle = {
  /** The headline's text; '' when the article has none (a title must then be given). */
  title: string;
  paragraphs: ImportedParagraph[];
  dropped: DroppedPart[];
};

/**
 * A piece of the article as a format reader found it, before kinds are decided. `role` is what
 * the format says about it; `hint` a kind the format states outright (a `class="byline"`).
 */
export type Block = {
  text: string;
  role: BlockRole;
  hint?: ParagraphKind;
  /** All of its text is bold: a CMS's way of writing a subheading as a paragraph. */
  emphasized?: boolean;
  line: number | null;
};

/** `line`: a line of plain text (nothing known); `paragraph`: a paragraph by markup; headings by level. */
export type BlockRole = 'line' | 'paragraph' | 'heading1' | 'heading';
