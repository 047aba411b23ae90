import { describe, expect, it } from 'vitest';
import { ftsAnyWordQuery } from './memory-candidates-sql';

describe('the FTS5 query of a paragraph', () => {
  it('asks for any of its words, each quoted, once', () => {
    expect(ftsAnyWordQuery('the mayor said the city was hit.')).toBe('"the" OR "mayor" OR "said" OR "city" OR "was" OR "hit"');
  });

  it('reads no word as an operator or a column and keeps letters of every script', () => {
    expect(ftsAnyWordQuery('near and or not searchtext: "київ" café 24')).toBe(
      '"near" OR "and" OR "or" OR "not" OR "searchtext" OR "київ" OR "café" OR "24"',
    );
  });

  it('is null without a word', () => {
    expect(ftsAnyWordQuery(' — … *** ')).toBeNull();
  });
});
