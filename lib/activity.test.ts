import { describe, expect, it } from 'vitest';
import { describeActivity, newestFirst, numberIn, type ActivityEvent } from './activity';
import { createI18n } from './i18n/create-i18n';
import { languageName } from './i18n/format';

const names: Record<string, string> = { en: 'English', de: 'German' };
const describe_ = (event: ActivityEvent) =>
  describeActivity(event, { t: createI18n('en').t, languageName: (code) => names[code] ?? code, sourceLang: 'en' });
const event = (overrides: Partial<ActivityEvent>): ActivityEvent => ({
  kind: 'saved',
  at: '2025-04-24T10:00:00.000Z',
  actor: 'Katharina Weber',
  lang: 'de',
  paragraph: 7,
  detail: '',
  ...overrides,
});

describe('describeActivity', () => {
  it('says who did what to which paragraph in which language', () => {
    expect(describe_(event({}))).toBe('Katharina Weber saved German paragraph 7');
    expect(describe_(event({ kind: 'approved', actor: 'Daniel Brooks' }))).toBe('Daniel Brooks approved German paragraph 7');
    expect(describe_(event({ kind: 'rejected', actor: 'Daniel Brooks' }))).toBe('Daniel Brooks rejected German paragraph 7');
    expect(describe_(event({ kind: 'commented' }))).toBe('Katharina Weber commented on German paragraph 7');
    expect(describe_(event({ kind: 'source_updated', actor: 'Daniel Brooks', lang: null, paragraph: 14 }))).toBe(
      'Daniel Brooks updated the English of paragraph 14',
    );
    expect(describe_(event({ kind: 'published', actor: 'Daniel Brooks', paragraph: null, detail: 'Edition 2' }))).toBe(
      'Daniel Brooks published German edition 2',
    );
  });
});

describe('describeActivity in another interface language', () => {
  const inGerman = (event: ActivityEvent) =>
    describeActivity(event, { t: createI18n('de').t, languageName: (code) => languageName(code, 'de'), sourceLang: 'en' });
  it('uses the locale file and names languages in that language', () => {
    expect(inGerman(event({}))).toBe('Katharina Weber hat Absatz 7 (Deutsch) gespeichert');
    expect(inGerman(event({ kind: 'source_updated', lang: null, paragraph: 14 }))).toBe('Katharina Weber hat den Ausgangstext (Englisch) von Absatz 14 geändert');
    expect(inGerman(event({ kind: 'published', paragraph: null, detail: 'Edition 2' }))).toBe('Katharina Weber hat Ausgabe 2 (Deutsch) veröffentlicht');
  });
  it('takes the number from a version or edition detail', () => {
    expect(numberIn('Edition 12')).toBe('12');
    expect(numberIn('Version 3')).toBe('3');
  });
});

describe('newestFirst', () => {
  it('orders by time, newest first, and records of the same moment in reverse working order', () => {
    const saved = event({ kind: 'saved' });
    const approved = event({ kind: 'approved' });
    const later = event({ kind: 'commented', at: '2025-04-24T10:00:00.001Z' });
    expect([saved, later, approved].sort(newestFirst)).toEqual([later, approved, saved]);
  });
});
