import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { ARTICLE_FORMATS, MAX_ARTICLE_BYTES, MAX_ARTICLE_PARAGRAPHS, parseArticle, type ArticleFormat } from '.';

function refusal(format: ArticleFormat, content: string) {
  try {
    parseArticle({ format, content });
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, status: error.status, ...error.details };
    throw error;
  }
  throw new Error('parseArticle took it');
}

describe('what the importer refuses', () => {
  it.each(ARTICLE_FORMATS)('an empty %s article is a 400', (format) => {
    expect(refusal(format, '')).toMatchObject({ status: 400, reason: 'empty_article' });
    expect(refusal(format, ' \n\n\t ')).toMatchObject({ status: 400, reason: 'empty_article' });
  });

  it('an HTML article with nothing but what is dropped is empty', () => {
    expect(refusal('html', '<script>alert(1)</script><!-- x --><img src=a.png alt="A picture">')).toMatchObject({ status: 400, reason: 'empty_article' });
    expect(refusal('markdown', '---\n\n![A picture](a.png)\n')).toMatchObject({ status: 400, reason: 'empty_article' });
  });

  it.each(ARTICLE_FORMATS)('a %s article over 2 MB is a 413, counted in UTF-8 bytes', (format) => {
    // 700,000 × "ü " is 2.1 MB in UTF-8 but only 1.4 million characters.
    expect(refusal(format, 'ü '.repeat(700_000))).toMatchObject({ status: 413, reason: 'article_too_large', limit: MAX_ARTICLE_BYTES });
  });

  it('an article of just under 2 MB is read', () => {
    const line = `${'word '.repeat(3000)}\n`;
    const content = `Headline\n${line.repeat(Math.floor((MAX_ARTICLE_BYTES - 9) / line.length))}`;
    expect(content.length).toBeGreaterThan(MAX_ARTICLE_BYTES - line.length);
    expect(parseArticle({ format: 'text', content }).paragraphs.length).toBe(1 + Math.floor((MAX_ARTICLE_BYTES - 9) / line.length));
  });

  it('5,000 paragraphs are taken, 5,001 are a 413', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph number ${i + 1}`).join('\n');
    expect(parseArticle({ format: 'text', content: lines(MAX_ARTICLE_PARAGRAPHS) }).paragraphs).toHaveLength(MAX_ARTICLE_PARAGRAPHS);
    expect(refusal('text', lines(MAX_ARTICLE_PARAGRAPHS + 1))).toMatchObject({ status: 413, reason: 'too_many_paragraphs', count: 5001 });
    const html = Array.from({ length: MAX_ARTICLE_PARAGRAPHS + 1 }, (_, i) => `<p>Paragraph ${i + 1}</p>`).join('');
    expect(refusal('html', html)).toMatchObject({ status: 413, reason: 'too_many_paragraphs' });
  });

  it('a paragraph over 20,000 characters is a 413 naming it', () => {
    expect(refusal('text', `Headline\n${'word '.repeat(4001)}`)).toMatchObject({ status: 413, reason: 'paragraph_too_long', position: 2 });
  });
});
