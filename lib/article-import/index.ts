// The article importer: a newsroom's article as plain text, Markdown or HTML becomes ordered
// paragraphs with kinds (headline, dateline, byline, standfirst, body, subheading, outlet), and a
// list of what was left out and why. Pure; the seed, POST /api/documents and source updates all
// call `parseArticle`.
import { assembleArticle } from './assemble';
import { htmlBlocks } from './html-blocks';
import { articleTooLarge, emptyArticle, MAX_ARTICLE_BYTES, utf8Bytes } from './limits';
import { markdownBlocks } from './markdown-blocks';
import { textBlocks } from './text-blocks';
import type { ArticleFormat, ImportedArticle } from './types';

export type { ArticleFormat, Block, DropReason, DroppedPart, ImportedArticle, ImportedParagraph } from './types';
export { ARTICLE_FORMATS, DROP_REASONS } from './types';
export { ARTICLE_ERROR_REASONS, MAX_ARTICLE_BYTES, MAX_ARTICLE_PARAGRAPHS, MAX_PARAGRAPH_LENGTH, type ArticleErrorReason } from './limits';

/**
 * Reads an article. Throws an AppError with a `reason`: 400 `empty_article` when nothing is
 * left to translate, 413 `article_too_large` over 2 MB, `too_many_paragraphs` over 5,000,
 * `paragraph_too_long` for a paragraph over 20,000 characters.
 */
export function parseArticle({ format, content }: { format: ArticleFormat; content: string }): ImportedArticle {
  const bytes = utf8Bytes(content);
  if (bytes > MAX_ARTICLE_BYTES) throw articleTooLarge(bytes);
  if (!content.trim()) throw emptyArticle();
  if (format === 'html') {
    const { blocks, dropped } = htmlBlocks(content);
    return assembleArticle(blocks, dropped);
  }
  if (format === 'markdown') {
    const { blocks, dropped } = markdownBlocks(content);
    return assembleArticle(blocks, dropped);
  }
  return assembleArticle(textBlocks(content), []);
}
