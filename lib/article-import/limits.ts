// How much article the importer takes, and the errors it gives when there is too little or too
// much. Each error carries a `reason` (an extra field of the API's error body) so that an
// interface can say it in its own language; `message` says it in English.
import { AppError } from '../app-error';
import { MAX_TEXT_LENGTH } from '../translation-text';

/** The article as sent, in UTF-8 bytes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const MAX_ARTICLE_PARAGRAPHS = 5000;
/** A paragraph is a paragraph text like any other (lib/translation-text.ts). */
export const MAX_PARAGRAPH_LENGTH = MAX_TEXT_LENGTH;

export const ARTICLE_ERROR_REASONS = ['empty_article', 'article_too_large', 'too_many_paragraphs', 'paragraph_too_long'] as const;
export type ArticleErrorReason = (typeof ARTICLE_ERROR_REASONS)[number];

const en = (n: number) => n.toLocaleString('en');

export function emptyArticle(): AppError {
  return new AppError('invalid_input', {
    message: 'The article has no text: paste it into the article text, one paragraph per line (or as Markdown or HTML).',
    details: { reason: 'empty_article' },
  });
}

export function articleTooLarge(bytes: number): AppError {
  return new AppError('too_large', {
    message: `The article is ${en(bytes)} bytes; the limit is ${en(MAX_ARTICLE_BYTES)} (2 MB).`,
    details: { reason: 'article_too_large', limit: MAX_ARTICLE_BYTES },
  });
}

export function tooManyParagraphs(count: number): AppError {
  return new AppError('too_large', {
    message: `The article has ${en(count)} paragraphs; the limit is ${en(MAX_ARTICLE_PARAGRAPHS)}.`,
    details: { reason: 'too_many_paragraphs', limit: MAX_ARTICLE_PARAGRAPHS, count },
  });
}

export function paragraphTooLong(position: number, length: number): AppError {
  return new AppError('too_large', {
    message: `Paragraph ${position} has ${en(length)} characters; the limit is ${en(MAX_PARAGRAPH_LENGTH)}.`,
    details: { reason: 'paragraph_too_long', limit: MAX_PARAGRAPH_LENGTH, position },
  });
}

/** UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
