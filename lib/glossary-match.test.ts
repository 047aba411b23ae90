import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article-import';
import { findGlossaryTerms } from './glossary-match';

const paragraphs = parseArticle({ format: 'text', content: readFileSync(new URL('../seeds/welt-2025-04-24.en.txt', import.meta.url), 'utf8') }).paragraphs;
const terms = (JSON.parse(readFileSync(new URL('../seeds/glossary.json', import.meta.url), 'utf8')) as { terms: Array<{ source: string }> }).terms;

/** The matched text of each match, to read expectations at a glance. */
const found = (text: string, list = terms) => findGlossaryTerms(text, list).map((match) => text.slice(match.start, match.end));

describe('findGlossaryTerms', () => {
  it('finds the names of a paragraph of the article, in order', () => {
    // "Ukrainian President Volodymyr Zelensky cut short his visit ... Zelensky announced on Telegram ..."
    expect(found(paragraphs[15].text)).toEqual(['Zelensky', 'Kyiv', 'Zelensky', 'Telegram', 'Sybiha']);
    expect(found(paragraphs[24].text)).toEqual(['Luhansk', 'Donetsk', 'Zaporizhia', 'Kherson', 'Kremlin']);
  });

  it('takes each name of a list of regions as the region\'s term, however the English words the list', () => {
    const text = paragraphs[24].text; // "This concerns the regions of Luhansk, Donetsk, Zaporizhia, and Kherson, which ..."
    expect(findGlossaryTerms(text, terms).map((match) => [text.slice(match.start, match.end), match.term])).toEqual([
      ['Luhansk', 'Luhansk region'],
      ['Donetsk', 'Donetsk region'],
      ['Zaporizhia', 'Zaporizhia region'],
      ['Kherson', 'Kherson region'],
      ['Kremlin', 'Kremlin'],
    ]);
    const terms2 = (text2: string) => findGlossaryTerms(text2, terms).map((match) => match.term);
    expect(terms2('Russia claims the Donetsk and Luhansk regions in full.')).toEqual(['Donetsk region', 'Luhansk region']);
    expect(terms2('Shelling in the Kherson region and the region of Zaporizhia.')).toEqual(['Kherson region', 'Zaporizhia region']);
    // The city, or a list that is not of regions, is the place's own term.
    expect(terms2('Rockets hit the city of Luhansk.')).toEqual(['Luhansk']);
    expect(terms2('The regions of the country such as Luhansk were shelled.')).toEqual(['Luhansk']);
    expect(terms2('He named the regions: Luhansk and Kherson.')).toEqual(['Luhansk', 'Kherson']);
  });

  it('allows a possessive and tells the variant spelling apart', () => {
    const text = paragraphs[21].text; // "Ukrainian President Zelenskyy's refusal to cede the Crimean peninsula"
    expect(findGlossaryTerms(text, terms).filter((match) => match.term.startsWith('Zelensky'))).toEqual([
      { start: text.indexOf('Zelenskyy'), end: text.indexOf('Zelenskyy') + 'Zelenskyy'.length, term: 'Zelenskyy' },
    ]);
    expect(found("on Putin's Side")).toEqual(['Putin']);
    expect(found('Putin’s war')).toEqual(['Putin']);
  });

  it('prefers the longest match and never overlaps', () => {
    const list = [{ source: 'Air Force' }, { source: 'Ukrainian Air Force' }, { source: 'Crimea' }, { source: 'Crimean peninsula' }];
    expect(findGlossaryTerms('the Ukrainian Air Force announced', list)).toEqual([{ start: 4, end: 23, term: 'Ukrainian Air Force' }]);
    expect(found('the Crimean peninsula and Crimea', list)).toEqual(['Crimean peninsula', 'Crimea']);
  });

  it('matches whole words in any case and any spacing', () => {
    expect(found('a trumpet and a CEASEFIRE, the white  house', [{ source: 'Trump' }, { source: 'ceasefire' }, { source: 'White House' }])).toEqual([
      'CEASEFIRE',
      'white  house',
    ]);
    expect(findGlossaryTerms('Vance', [{ source: 'Vance' }])[0].term).toBe('Vance');
    expect(found('US Vice President J.D. Vance', [{ source: 'J.D. Vance' }, { source: 'D' }])).toEqual(['J.D. Vance']);
  });

  it('ignores empty terms and returns nothing for empty text', () => {
    expect(findGlossaryTerms('Kyiv', [{ source: '' }, { source: '  ' }, { source: '(' }])).toEqual([]);
    expect(findGlossaryTerms('', terms)).toEqual([]);
  });
});
