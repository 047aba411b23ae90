import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it.each([
    ['Suddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side', 'suddenly-trump-sees-a-pretty-big-concession-on-putins-side'],
    ['Jonas Gahr Støre meets Zelenskyy in Київ', 'jonas-gahr-store-meets-zelenskyy-in-kiiv'],
    ['Straßenbahn fährt wieder – ab Ü-30', 'strassenbahn-fahrt-wieder-ab-u-30'],
    ['  --Storm!!  hits   the coast?? ', 'storm-hits-the-coast'],
    ['Café', 'cafe'],
    ['215 drones, 48 missiles', '215-drones-48-missiles'],
    ['!!!', 'article'],
    ['', 'article'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slugify(title)).toMatch(SLUG_PATTERN);
  });

  it('stays within the limit, cutting between words', () => {
    const slug = slugify('word '.repeat(50));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(word-)+word$/);
    expect(slugify('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH);
  });
});

describe('uniqueSlug', () => {
  it('numbers a taken slug from 2', () => {
    expect(uniqueSlug('storm', new Set())).toBe('storm');
    expect(uniqueSlug('storm', new Set(['storm']))).toBe('storm-2');
    expect(uniqueSlug('storm', new Set(['storm', 'storm-2', 'storm-3']))).toBe('storm-4');
    expect(uniqueSlug('storm', new Set(['storm', 'storm-3']))).toBe('storm-2');
  });

  it('never hands out the name of a page under /documents/', () => {
    expect(uniqueSlug('new', new Set())).toBe('new-2');
  });
});
