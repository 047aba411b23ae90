import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from './ui-languages';

describe('pickUiLanguage', () => {
  it('prefers the remembered choice', () => {
    expect(pickUiLanguage('uk', 'de-DE,de;q=0.9')).toBe('uk');
  });
  it('follows Accept-Language by quality, then order', () => {
    expect(pickUiLanguage(undefined, 'fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7')).toBe('de');
    expect(pickUiLanguage(undefined, 'en;q=0.5, uk;q=0.9')).toBe('uk');
    expect(pickUiLanguage(undefined, 'de-AT')).toBe('de');
  });
  it('falls back to English', () => {
    expect(pickUiLanguage('xx', 'fr, es;q=0.5')).toBe('en');
    expect(pickUiLanguage(undefined, undefined)).toBe('en');
    expect(pickUiLanguage(undefined, 'de;q=0')).toBe('en');
  });
});
