// The languages of Redline's own interface (not the languages being translated), and how one is
// chosen: the reader's pick (a cookie) first, then the browser's Accept-Language, then English.
export const UI_LANGUAGES = ['en', 'de', 'fr', 'uk', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const UI_LANGUAGE_COOKIE = 'redline-ui-lang';
/** Each language in its own name, as the switcher lists them. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', de: 'Deutsch', fr: 'Français', uk: 'Українська', ar: 'العربية' };
/** Arabic reads right to left: the whole page mirrors (`<html dir>`), English text inside it stays left to right. */
export const UI_LANGUAGE_DIRECTIONS: Record<UiLanguage, 'ltr' | 'rtl'> = { en: 'ltr', de: 'ltr', fr: 'ltr', uk: 'ltr', ar: 'rtl' };

export function isUiLanguage(value: string | undefined | null): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The best interface language for a cookie value and an Accept-Language header. */
export function pickUiLanguage(cookie: string | undefined, acceptLanguage: string | null | undefined): UiLanguage {
  if (isUiLanguage(cookie)) return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.base && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isUiLanguage) ?? 'en';
}
