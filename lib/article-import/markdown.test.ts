import { describe, expect, it } from 'vitest';
import { parseArticle } from '.';

const markdown = (content: string) => parseArticle({ format: 'markdown', content });
const kinds = (content: string) => markdown(content).paragraphs.map((p) => [p.kind, p.text]);

const LONG = 'A storm hit the coast on Monday, cutting power to thousands of homes and closing roads in three counties.';

describe('Markdown (CommonMark)', () => {
  it('makes the first level-1 heading the headline and other headings subheadings', () => {
    expect(kinds(`# Storm hits the coast\n\n${LONG}\n\n## What comes next\n\nShort body line.\n\nSecond heading\n==============\n\n### Third level`)).toEqual([
      ['headline', 'Storm hits the coast'],
      ['standfirst', LONG],
      ['subheading', 'What comes next'],
      ['body', 'Short body line.'],
      ['subheading', 'Second heading'],
      ['subheading', 'Third level'],
    ]);
  });

  it('joins the lines of a paragraph and drops inline marks; links keep their text', () => {
    expect(markdown('# Head\n\nOne *emphasised*\nline with **strong**, `code`, ~~strike~~ and [a link](https://example.com "title").').paragraphs[1].text).toBe(
      'One emphasised line with strong, code, ~~strike~~ and a link.',
    );
  });

  it('makes list items, block quotes and code blocks paragraphs', () => {
    expect(markdown('# Head\n\n- First point\n- Second point\n\n1. Numbered\n\n> Quoted words\n> over two lines\n\n    indented code\n\n```\nfenced code\n```\n\n---\n').paragraphs.map((p) => p.text)).toEqual([
      'Head',
      'First point',
      'Second point',
      'Numbered',
      'Quoted words over two lines',
      'indented code',
      'fenced code',
    ]);
  });

  it('decodes entities and escapes, and reads a hard line break as a space', () => {
    expect(markdown('# Caf&eacute; &amp; \\*bar\\*\n\nline one  \nline two\\\nthree').paragraphs.map((p) => p.text)).toEqual(['Café & *bar*', 'line one line two three']);
  });

  it('leaves images out, saying so', () => {
    const article = markdown('# Head\n\nText ![The coast at dawn](coast.jpg) more text.\n');
    expect(article.paragraphs[1].text).toBe('Text more text.');
    expect(article.dropped).toEqual([{ line: 3, reason: 'image', text: 'The coast at dawn' }]);
  });

  it('reduces raw HTML to its text as the html format does', () => {
    const article = markdown('# Head\n\nSome <b>bold</b> and <span class="x">spanned</span> text.<br>Next line.\n\n<div class="box">\n<p>A boxed paragraph</p>\n<script>track()</script>\n</div>\n\nAfter.');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Head', 'Some bold and spanned text. Next line.', 'A boxed paragraph', 'After.']);
    expect(article.dropped).toEqual([{ line: 7, reason: 'script', text: 'track()', element: 'script' }]);
  });

  it('makes a short all-bold paragraph a subheading', () => {
    expect(kinds(`# Head\n\n${LONG}\n\n**In short**\n\nShort body line.`).map(([kind]) => kind)).toEqual(['headline', 'standfirst', 'subheading', 'body']);
  });

  it('reads a Markdown article with no heading by the text rules', () => {
    expect(kinds(`Thursday, April 24, 2025\n\nStorm hits the coast\n\nBy Jane Doe\n\n${LONG}`).map(([kind]) => kind)).toEqual(['dateline', 'headline', 'byline', 'standfirst']);
  });
});
