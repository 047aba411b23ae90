import { describe, expect, it } from 'vitest';
import { ftsAnyWordQuery, tsAnyWordQuery } from './memory-candidates-sql';

describe('the FTS5 query of a paragraph', () => {
  it('asks for any of its words, each quoted, once, leaving out the words every paragraph has', () => {
    expect(ftsAnyWordQuery('the mayor said the city was hit.')).toBe('"mayor" OR "city" OR "hit"');
  });

  it('keeps common words when the paragraph has no other', () => {
    expect(ftsAnyWordQuery('it is what it is')).toBe('"it" OR "is" OR "what"');
  });

  it('reads no word as an operator or a column and keeps letters of every script', () => {
    expect(ftsAnyWordQuery('near and or not searchtext: "київ" café 24')).toBe('"near" OR "searchtext" OR "київ" OR "café" OR "24"');
    expect(ftsAnyWordQuery('and or not')).toBe('"and" OR "or" OR "not"');
  });

  it('is null without a word', () => {
    expect(ftsAnyWordQuery(' — … *** ')).toBeNull();
  });
});

describe('the PostgreSQL tsquery of a paragraph', () => {
  it('asks for the same words, any of them, each a quoted lexeme', () => {
    expect(tsAnyWordQuery('the mayor said the city was hit.')).toBe("'mayor' | 'city' | 'hit'");
  });

  it('reads no word as an operator and keeps letters of every script', () => {
    expect(tsAnyWordQuery("nato's & !київ <-> café:* 24")).toBe("'nato' | 's' | 'київ' | 'café' | '24'");
  });

  it('is null without a word', () => {
    expect(tsAnyWordQuery(' — … *** ')).toBeNull();
  });
});
