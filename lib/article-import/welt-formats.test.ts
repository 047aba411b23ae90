// The WELT article as plain text (the seed), as WELT's CMS exports it in HTML, and as Markdown:
// the same paragraphs with the same kinds, whichever way it comes in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '.';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const fromText = parseArticle({ format: 'text', content: read('../../seeds/welt-2025-04-24.en.txt') });

describe('the WELT article in every format', () => {
  it('HTML gives the paragraphs and kinds of the plain text', () => {
    const fromHtml = parseArticle({ format: 'html', content: read('./fixtures/welt-2025-04-24.en.html') });
    expect(fromHtml.title).toBe(fromText.title);
    expect(fromHtml.paragraphs).toEqual(fromText.paragraphs);
  });

  it('HTML reports what it left out: the repeated headline, scripts, styles, the video, comments, the template', () => {
    const { dropped } = parseArticle({ format: 'html', content: read('./fixtures/welt-2025-04-24.en.html') });
    expect(dropped.map((part) => [part.reason, part.element ?? null])).toEqual([
      ['style', 'style'],
      ['script', 'script'],
      ['comment', null],
      ['repeated_headline', null],
      ['embedded', 'iframe'],
      ['script', 'script'],
      ['script', 'noscript'],
      ['script', 'script'],
      ['template', 'template'],
    ]);
    expect(dropped[0]).toEqual({ line: 8, reason: 'style', text: '.c-article__intro { font-weight: 700 }', element: 'style' });
    expect(dropped[3]).toEqual({ line: 18, reason: 'repeated_headline', text: fromText.title });
    expect(dropped.at(-1)!.text).toBe('Share this article');
  });

  it('Markdown gives the paragraphs and kinds of the plain text', () => {
    const fromMarkdown = parseArticle({ format: 'markdown', content: read('./fixtures/welt-2025-04-24.en.md') });
    expect(fromMarkdown.title).toBe(fromText.title);
    expect(fromMarkdown.paragraphs).toEqual(fromText.paragraphs);
    expect(fromMarkdown.dropped).toEqual([{ line: 7, reason: 'repeated_headline', text: fromText.title }]);
  });
});
