import { describe, expect, it } from 'vitest';
import { pickUiLanguage, UI_LANGUAGE_DIRECTIONS, UI_LANGUAGE_NAMES, UI_LANGUAGES } from './ui-languages';

describe('pickUiLanguage', () => {
  it('prefers the remembered choice', () => {
    expect(pickUiLanguage('uk', 'de-DE,de;q=0.9')).toBe('uk');
    expect(pickUiLanguage('ar', 'fr-FR,fr;q=0.9')).toBe('ar');
  });
  it('follows Accept-Language by quality, then order', () => {
    expect(pickUiLanguage(undefined, 'es-ES,es;q=0.9,de;q=0.8,en;q=0.7')).toBe('de');
    expect(pickUiLanguage(undefined, 'en;q=0.5, uk;q=0.9')).toBe('uk');
    expect(pickUiLanguage(undefined, 'de-AT')).toBe('de');
  });
  it('speaks French and Arabic to browsers that ask for them', () => {
    expect(pickUiLanguage(undefined, 'fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7')).toBe('fr');
    expect(pickUiLanguage(undefined, 'fr-CA')).toBe('fr');
    expect(pickUiLanguage(undefined, 'ar-LB,ar;q=0.9,en;q=0.5')).toBe('ar');
    expect(pickUiLanguage(undefined, 'es, ar-EG;q=0.5')).toBe('ar');
  });
  it('falls back to English', () => {
    expect(pickUiLanguage('xx', 'es, it;q=0.5')).toBe('en');
    expect(pickUiLanguage(undefined, undefined)).toBe('en');
    expect(pickUiLanguage(undefined, 'de;q=0')).toBe('en');
  });
});

describe('the interface languages', () => {
  it('names each language in itself', () => {
    expect(UI_LANGUAGE_NAMES).toEqual({ en: 'English', de: 'Deutsch', fr: 'Français', uk: 'Українська', ar: 'العربية' });
  });
  it('writes Arabic right to left and every other one left to right', () => {
    expect(UI_LANGUAGES.filter((language) => UI_LANGUAGE_DIRECTIONS[language] === 'rtl')).toEqual(['ar']);
    // The direction Intl gives each language agrees (Node 20 has getTextInfo behind a name).
    for (const language of UI_LANGUAGES) {
      const locale = new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction: string }; getTextInfo?: () => { direction: string } };
      const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
      if (direction) expect(UI_LANGUAGE_DIRECTIONS[language], language).toBe(direction);
    }
  });
});
