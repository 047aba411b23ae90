import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
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
  it('writes Arabic numbers and dates with the digits 0–9 and French ones with French separators', () => {
    expect(formatNumber(5000, 'ar')).toBe('5,000');
    expect(formatPercent(0.52, 'ar')).toMatch(/^52\D*%\D*$/);
    expect(formatDateTime('2025-04-24T08:00:00Z', 'ar')).toMatch(/2025/);
    expect(formatDateTime('2025-04-24T08:00:00Z', 'ar')).not.toMatch(/[٠-٩]/);
    expect(languageName('ar', 'ar')).toBe('العربية');
    expect(formatNumber(5000, 'fr')).toMatch(/^5\s000$/);
  });
  it('writes interpolated numbers as the rest of the interface does', () => {
    expect(createI18n('ar').t('textBox.tooLong', { count: 12000, max: 10000 })).toContain('12,000');
    expect(createI18n('ar').t('textBox.tooLong', { count: 12000, max: 10000 })).not.toMatch(/[٠-٩]/);
    expect(createI18n('de').t('textBox.tooLong', { count: 12000, max: 10000 })).toContain('12.000');
  });
  it('formats dates for the interface language', () => {
    expect(formatDateTime('2025-04-24T08:00:00Z', 'de')).toMatch(/24\.04\.2025|24\. Apr\. 2025/);
  });
});
