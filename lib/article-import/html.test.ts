import { describe, expect, it } from 'vitest';
import { parseArticle } from '.';

const html = (content: string) => parseArticle({ format: 'html', content });
const texts = (content: string) => html(content).paragraphs.map((p) => p.text);
const kinds = (content: string) => html(content).paragraphs.map((p) => [p.kind, p.text]);

const LONG = 'A storm hit the coast on Monday, cutting power to thousands of homes and closing roads in three counties.';

describe('HTML: paragraphs from block elements', () => {
  it('makes a paragraph of each block element and drops inline formatting', () => {
    expect(texts(`<h1>Storm <em>hits</em> the coast</h1><p>${LONG}</p><p>It <b>was</b> the <a href="/storms">worst</a> in <span class="x">years</span>.</p>`)).toEqual([
      'Storm hits the coast',
      LONG,
      'It was the worst in years.',
    ]);
  });

  it('reads list items, quotes, captions, preformatted text, table cells and a div’s own text', () => {
    const article = html(`<h1>Head</h1>
      <ul><li>One point</li><li>Another <i>point</i></li></ul>
      <blockquote><p>Quoted words</p></blockquote>
      <figure><img src="a.jpg" alt="The coast"><figcaption>The coast at dawn</figcaption></figure>
      <pre>line one
   line two</pre>
      <table><tr><th>Town</th><td>Power cut</td></tr></table>
      <div>Text of the div <div>a nested div</div> and more of the first</div>`);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Head',
      'One point',
      'Another point',
      'Quoted words',
      'The coast at dawn',
      'line one line two',
      'Town',
      'Power cut',
      'Text of the div',
      'a nested div',
      'and more of the first',
    ]);
    expect(article.dropped).toEqual([{ line: 4, reason: 'image', text: 'The coast', element: 'img' }]);
  });

  it('joins lines at one <br> and starts a new paragraph at two', () => {
    expect(texts('<h1>Head</h1><p>Line one<br>line two</p><div>First<br>\n<br/>Second<br><br><br>Third</div>')).toEqual([
      'Head',
      'Line one line two',
      'First',
      'Second',
      'Third',
    ]);
  });

  it('decodes entities and collapses white space, as a browser shows the text', () => {
    expect(texts('<h1>Caf&eacute; &amp; bar&nbsp;&ndash; &#8220;open&#x201D; &lt;again&gt;</h1><p>  two \n\t lines  </p>')).toEqual([
      'Café & bar – “open” <again>',
      'two lines',
    ]);
  });

  it('takes a fragment, unclosed paragraphs and stray end tags as a browser would', () => {
    expect(texts('<h1>Head</h1><p>One<p>Two</div></span><p>Three')).toEqual(['Head', 'One', 'Two', 'Three']);
  });

  it('keeps no attribute: not a URL, a title, an alt text or an event handler', () => {
    const article = html('<h1 title="T" onclick="x()">Head</h1><p style="color:red" data-x="y"><a href="https://example.com/a" title="link title">Link text</a></p>');
    expect(JSON.stringify(article.paragraphs)).not.toMatch(/example\.com|link title|onclick|color:red|data-x/);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Head', 'Link text']);
  });
});

describe('HTML: what is left out', () => {
  it('drops scripts, styles, embedded content, templates, comments and form controls, saying why', () => {
    const article = html(`<h1>Head</h1>
<script>track("x")</script>
<style>p { color: red }</style>
<iframe src="https://player.example/1"></iframe><video src="v.mp4">No video</video>
<svg><text>Chart label</text></svg>
<template><p>Hidden</p></template>
<!-- editor's note -->
<form><label>Email <input name="e"></label><button>Subscribe</button><select><option>A</option></select><textarea>typed</textarea></form>
<p>${LONG}</p>`);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Head', 'Email', LONG]);
    expect(article.dropped).toEqual([
      { line: 2, reason: 'script', text: 'track("x")', element: 'script' },
      { line: 3, reason: 'style', text: 'p { color: red }', element: 'style' },
      { line: 4, reason: 'embedded', text: '', element: 'iframe' },
      { line: 4, reason: 'embedded', text: 'No video', element: 'video' },
      { line: 5, reason: 'embedded', text: 'Chart label', element: 'svg' },
      { line: 6, reason: 'template', text: 'Hidden', element: 'template' },
      { line: 7, reason: 'comment', text: "editor's note" },
      { line: 8, reason: 'form_control', text: '', element: 'input' },
      { line: 8, reason: 'form_control', text: 'Subscribe', element: 'button' },
      { line: 8, reason: 'form_control', text: 'A', element: 'select' },
      { line: 8, reason: 'form_control', text: 'typed', element: 'textarea' },
    ]);
  });

  it('shortens long dropped texts', () => {
    const { dropped } = html(`<h1>Head</h1><script>${'x'.repeat(500)}</script>`);
    expect(dropped[0].text).toHaveLength(120);
    expect(dropped[0].text.endsWith('…')).toBe(true);
  });
});

describe('HTML: kinds from tags and classes', () => {
  it('reads the kinds a CMS writes into its markup', () => {
    expect(
      kinds(`<p class="kicker">Weather</p>
        <h1>Storm hits the coast</h1>
        <p><time datetime="2025-04-24">24 April 2025, 9:14</time></p>
        <address>Jane Doe, Coast Correspondent</address>
        <p class="article-teaser">Short teaser.</p>
        <p>${LONG}</p>
        <h2>What comes next</h2>
        <p>Short body line.</p>
        <p><strong>Bold short line</strong></p>
        <h1>A second first-level heading</h1>`),
    ).toEqual([
      ['subheading', 'Weather'],
      ['headline', 'Storm hits the coast'],
      ['dateline', '24 April 2025, 9:14'],
      ['byline', 'Jane Doe, Coast Correspondent'],
      ['standfirst', 'Short teaser.'],
      ['body', LONG],
      ['subheading', 'What comes next'],
      ['body', 'Short body line.'],
      ['subheading', 'Bold short line'],
      ['subheading', 'A second first-level heading'],
    ]);
  });

  it('takes bylines from rel=author and byline classes, datelines from classes', () => {
    expect(
      kinds(`<h1>Head</h1>
        <div class="c-article__dateline">Kyiv, 24 April</div>
        <p>Reporting by <a rel="author" href="/jane">Jane Doe</a></p>
        <div class="c-byline"><span>Leonhard Landes</span> · <span>1 hour</span></div>`),
    ).toEqual([
      ['headline', 'Head'],
      ['dateline', 'Kyiv, 24 April'],
      ['byline', 'Reporting by Jane Doe'],
      ['byline', 'Leonhard Landes · 1 hour'],
    ]);
  });

  it('does not take a kind from the class of a whole section', () => {
    expect(kinds(`<article class="lead"><h1>Head</h1><p>${LONG}</p><p>${LONG} Again.</p></article>`).map(([kind]) => kind)).toEqual([
      'headline',
      'standfirst',
      'body',
    ]);
  });

  it('falls back to the text rules without markup that tells', () => {
    expect(kinds(`<div>Thursday, April 24, 2025</div><div>WELT</div><div>Storm hits the coast</div><div>By Jane Doe</div><div>${LONG}</div>`)).toEqual([
      ['dateline', 'Thursday, April 24, 2025'],
      ['outlet', 'WELT'],
      ['headline', 'Storm hits the coast'],
      ['byline', 'By Jane Doe'],
      ['standfirst', LONG],
    ]);
  });

  it('takes the headline from the title when it repeats, and drops the repeat', () => {
    const article = html('<h2>Storm hits the coast</h2><h1>Storm hits the coast</h1><p>Text.</p>');
    expect(article.title).toBe('Storm hits the coast');
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body']);
    expect(article.dropped).toEqual([{ line: 1, reason: 'repeated_headline', text: 'Storm hits the coast' }]);
  });
});
