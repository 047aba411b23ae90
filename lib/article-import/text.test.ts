import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '.';

const welt = readFileSync(new URL('../../seeds/welt-2025-04-24.en.txt', import.meta.url), 'utf8');
const text = (content: string) => parseArticle({ format: 'text', content });

describe('plain text: the WELT article', () => {
  const article = text(welt);

  it('keeps every line but the repeated headline, in order', () => {
    expect(article.paragraphs).toHaveLength(25);
    expect(article.dropped).toEqual([{ line: 4, reason: 'repeated_headline', text: article.title }]);
    expect(article.paragraphs.map((p) => p.position)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('finds the headline, dateline, outlet, byline and standfirst', () => {
    expect(article.title).toBe('Suddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side');
    expect(article.paragraphs.slice(0, 5).map((p) => p.kind)).toEqual(['dateline', 'headline', 'outlet', 'byline', 'standfirst']);
    expect(article.paragraphs[0].text).toBe('Thursday, April 24, 2025');
    expect(article.paragraphs[2].text).toBe('WELT');
    expect(article.paragraphs[3].text).toBe('Leonhard Landes • 1 hour • 4 minutes read');
  });

  it('tells subheadings from body paragraphs', () => {
    const subheadings = article.paragraphs.filter((p) => p.kind === 'subheading').map((p) => p.text);
    expect(subheadings).toEqual([
      '"Vladimir, STOP!" Trump writes.',
      'Trump spoke of an agreement on Wednesday',
      'US Increases Pressure on Ukraine',
    ]);
    expect(article.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(17);
    expect(article.paragraphs.at(-1)!.text).toMatch(/^This concerns the regions of Luhansk/);
  });
});

describe('plain text: other layouts', () => {
  it('takes the first line as the headline when there is no dateline or outlet', () => {
    const article = text('Storm hits the coast\n\nBy Jane Doe\n\nA storm hit the coast on Monday, cutting power to thousands of homes and closing roads in three counties.\n');
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['headline', 'byline', 'standfirst']);
    expect(article.title).toBe('Storm hits the coast');
  });

  it('collapses white space, skips empty lines and reads every kind of line end', () => {
    const article = text('  Headline   here \r\n\r\n\r\nSecond\tline that is long enough to be a standfirst of several words, really.\rThird line');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Headline here',
      'Second line that is long enough to be a standfirst of several words, really.',
      'Third line',
    ]);
  });

  it('removes control characters and puts the text in Unicode NFC', () => {
    const article = text('Cafe\u0301 opens\u0007 again');
    expect(article.paragraphs[0].text).toBe('Café opens again');
  });

  it('keeps markup typed into plain text as text', () => {
    const article = text('A headline\n<b>Not bold</b> & <script>not run</script>');
    expect(article.paragraphs[1].text).toBe('<b>Not bold</b> & <script>not run</script>');
  });

  it('has no title when every line is a date or a masthead', () => {
    expect(text('Thursday, April 24, 2025\nWELT').title).toBe('');
  });
});
