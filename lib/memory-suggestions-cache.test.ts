import { describe, expect, it } from 'vitest';
import { createSuggestionsCache } from './memory-suggestions-cache';

const key = (english = 'Kyiv was hit.', paragraphId = 'p1', lang = 'de') => ({ paragraphId, lang, english });

function counting<T>(value: T | null | Error) {
  let calls = 0;
  const fetch = async () => {
    calls++;
    if (value instanceof Error) throw value;
    return value;
  };
  return { fetch, calls: () => calls };
}

describe('the memory suggestions cache', () => {
  it('asks once per paragraph: later loads and peeks answer from the page', async () => {
    const cache = createSuggestionsCache<string[]>();
    const server = counting(['Kiew wurde getroffen.']);
    expect(cache.peek(key())).toBeUndefined();
    expect(await cache.load(key(), server.fetch)).toEqual(['Kiew wurde getroffen.']);
    expect(await cache.load(key(), server.fetch)).toEqual(['Kiew wurde getroffen.']);
    expect(cache.peek(key())).toEqual(['Kiew wurde getroffen.']);
    expect(server.calls()).toBe(1);
  });

  it('a second focus while the first answer is on its way waits for it', async () => {
    const cache = createSuggestionsCache<string[]>();
    const server = counting(['a']);
    const [first, second] = await Promise.all([cache.load(key(), server.fetch), cache.load(key(), server.fetch)]);
    expect([first, second]).toEqual([['a'], ['a']]);
    expect(server.calls()).toBe(1);
  });

  it('asks again when the English of the paragraph changed, and keeps languages and paragraphs apart', async () => {
    const cache = createSuggestionsCache<string[]>();
    await cache.load(key('Kyiv was hit.'), async () => ['old']);
    expect(cache.peek(key('Kyiv was hit again.'))).toBeUndefined();
    expect(await cache.load(key('Kyiv was hit again.'), async () => ['new'])).toEqual(['new']);
    expect(cache.peek(key('Kyiv was hit again.'))).toEqual(['new']);
    expect(cache.peek(key('Kyiv was hit again.', 'p1', 'fr'))).toBeUndefined();
    expect(cache.peek(key('Kyiv was hit again.', 'p2'))).toBeUndefined();
  });

  it('does not keep a failure: the next focus asks again', async () => {
    const cache = createSuggestionsCache<string[]>();
    expect(await cache.load(key(), counting<string[]>(null).fetch)).toBeNull();
    expect(await cache.load(key(), counting<string[]>(new Error('offline')).fetch)).toBeNull();
    const server = counting(['a']);
    expect(await cache.load(key(), server.fetch)).toEqual(['a']);
    expect(server.calls()).toBe(1);
  });

  it('forgets what is older than its age limit, and the least recently used paragraph beyond its size', async () => {
    let clock = 0;
    const cache = createSuggestionsCache<string[]>({ maxParagraphs: 2, maxAgeMs: 1000, now: () => clock });
    await cache.load(key('a', 'p1'), async () => ['1']);
    await cache.load(key('b', 'p2'), async () => ['2']);
    await cache.load(key('a', 'p1'), async () => ['unused']);
    await cache.load(key('c', 'p3'), async () => ['3']);
    expect(cache.peek(key('a', 'p1'))).toEqual(['1']);
    expect(cache.peek(key('b', 'p2'))).toBeUndefined();
    clock = 1001;
    expect(cache.peek(key('a', 'p1'))).toBeUndefined();
    expect(await cache.load(key('a', 'p1'), async () => ['fresh'])).toEqual(['fresh']);
  });
});
