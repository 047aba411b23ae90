import { describe, expect, it } from 'vitest';
import { countDiffWords, wordDiff, type DiffPart } from './word-diff';

/** Renders a diff as "kept [-removed-]{+added+}" for readable expectations. */
const show = (changes: DiffPart[]) =>
  changes.map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value)).join('');

describe('wordDiff', () => {
  it('finds the changed number in a German sentence of the article', () => {
    const before = 'Insgesamt registrierte die Ukraine Angriffe mit 251 Drohnen und Raketen.';
    const after = 'Insgesamt registrierte die Ukraine Angriffe mit 215 Drohnen und Raketen.';
    expect(show(wordDiff(before, after, 'de').changes)).toBe(
      'Insgesamt registrierte die Ukraine Angriffe mit [-251-]{+215+} Drohnen und Raketen.',
    );
  });

  it('treats a German compound as one word', () => {
    expect(show(wordDiff('Nach Angaben von Kremlsprecher Dmitri Peskow', 'Nach Angaben von Kremlchef Dmitri Peskow', 'de').changes)).toBe(
      'Nach Angaben von [-Kremlsprecher-]{+Kremlchef+} Dmitri Peskow',
    );
  });

  it('keeps a Ukrainian word with an apostrophe whole', () => {
    const before = 'загинули щонайменше вісім людей, понад 70 дістали поранення.';
    const after = 'загинули щонайменше дев’ять людей, понад 70 дістали поранення.';
    expect(show(wordDiff(before, after, 'uk').changes)).toBe('загинули щонайменше [-вісім-]{+дев’ять+} людей, понад 70 дістали поранення.');
  });

  it('diffs Arabic word by word', () => {
    const before = 'قال ترامب: «إنهاء الحرب وعدم الاستيلاء على البلد بأكمله؟ هذا تنازل كبير جدا».';
    const after = 'قال ترامب: «إنهاء الحرب وعدم الاستيلاء على البلد كله؟ هذا تنازل كبير».';
    const { changes, granularity } = wordDiff(before, after, 'ar');
    expect(granularity).toBe('word');
    expect(changes.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['بأكمله', 'جدا']);
    expect(changes.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['كله']);
  });

  it('shows a changed punctuation mark alone', () => {
    expect(show(wordDiff('Vladimir, STOP.', 'Vladimir, STOP!', 'en').changes)).toBe('Vladimir, STOP[-.-]{+!+}');
  });

  it('shows one removal and one addition per change, with the spaces between words unchanged', () => {
    expect(show(wordDiff('acht Menschen starben', 'neun tote Menschen starben', 'de').changes)).toBe('[-acht-]{+neun tote+} Menschen starben');
    expect(show(wordDiff('Er sagte: nein.', 'Sie sagten gestern: ja.', 'de').changes)).toBe('[-Er sagte-]{+Sie sagten gestern+}: [-nein-]{+ja+}.');
  });

  it('shows changed white space and line breaks as changes', () => {
    expect(show(wordDiff('Kyjiw  und\tOdesa', 'Kyjiw und\nOdesa', 'de').changes)).toBe('Kyjiw [- -]und[-\t-]{+\n+}Odesa');
    expect(show(wordDiff('Ende.', 'Ende. Neuer Satz.', 'de').changes)).toBe('Ende.{+ Neuer Satz.+}');
  });

  it('diffs Chinese character by character and keeps emoji whole', () => {
    expect(show(wordDiff('特朗普看到让步', '特朗普看到巨大让步', 'zh').changes)).toBe('特朗普看到{+巨大+}让步');
    expect(show(wordDiff('Gut 👍🏽 gemacht', 'Gut 👨‍👩‍👧 gemacht', 'de').changes)).toBe('Gut [-👍🏽-]{+👨‍👩‍👧+} gemacht');
  });

  it('returns one unchanged part for equal texts and nothing for two empty ones', () => {
    expect(wordDiff('Kiew', 'Kiew', 'de').changes).toEqual([{ value: 'Kiew' }]);
    expect(wordDiff('', '', 'de').changes).toEqual([]);
  });

  it('marks a first version as all added', () => {
    expect(wordDiff('', 'Neuer Text', 'de').changes).toEqual([{ value: 'Neuer Text', added: true }]);
  });

  it('falls back to a coarser diff for long, wholly different texts instead of hanging', () => {
    const before = Array.from({ length: 5000 }, (_, i) => `wort${i}`).join(' ');
    const after = Array.from({ length: 5000 }, (_, i) => `mot${i}`).join(' ');
    const diff = wordDiff(before, after, 'de');
    expect(diff.granularity).not.toBe('word');
    expect(diff.changes.filter((p) => !p.added).map((p) => p.value).join('')).toBe(before);
    expect(diff.changes.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(after);
  });

  it('stays at word level for a long text with scattered edits', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `wort${i}`);
    const edited = words.map((word, i) => (i % 50 === 0 ? `neu${i}` : word));
    const diff = wordDiff(words.join(' '), edited.join(' '), 'de');
    expect(diff.granularity).toBe('word');
    expect(diff.changes.filter((p) => p.added)).toHaveLength(100);
  });
});

describe('countDiffWords', () => {
  it('counts removed and added words for screen readers', () => {
    expect(countDiffWords(wordDiff('acht Menschen', 'neun tote Menschen', 'de').changes, 'de')).toEqual({ removed: 1, added: 2 });
    expect(countDiffWords([{ value: 'gleich' }], 'de')).toEqual({ removed: 0, added: 0 });
  });
});
