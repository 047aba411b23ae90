import { describe, expect, it } from 'vitest';
import { formatDateTime, formatNumber, formatPercent, languageLabel, languageName } from './format';

describe('interface formatting', () => {
  it('names languages in the interface language', () => {
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('de', 'de')).toBe('Deutsch');
    expect(languageName('ar', 'uk')).toBe('арабська');
  });
  it('capitalises a language name that stands alone', () => {
    expect(languageLabel('de', 'uk')).toBe('Німецька');
    expect(languageLabel('de', 'de')).toBe('Deutsch');
    expect(languageLabel('en', 'en')).toBe('English');
  });
  it('formats numbers and shares for the interface language', () => {
    expect(formatNumber(5000, 'de')).toBe('5.000');
    expect(formatNumber(5000, 'en')).toBe('5,000');
    expect(formatPercent(0.52, 'de')).toMatch(/^52\s%$/);
  });
  it('formats dates for the interface language', () => {
    expect(formatDateTime('2025-04-24T08:00:00Z', 'de')).toMatch(/24\.04\.2025|24\. Apr\. 2025/);
  });
});
