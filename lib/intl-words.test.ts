import { describe, expect, it } from 'vitest';
import { segmentWords } from './intl-words';

describe('segmentWords', () => {
  it('segments long texts in pieces without splitting or losing anything', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Wort${i}.`).join(' ');
    const segments = segmentWords(text, 'de');
    expect(segments.map((s) => s.segment).join('')).toBe(text);
    expect(segments.filter((s) => s.isWordLike)).toHaveLength(3000);
    expect(segments.every((s) => text.startsWith(s.segment, s.index))).toBe(true);
  });
});
