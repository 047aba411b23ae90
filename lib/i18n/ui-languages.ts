// The languages of Redline's own interface (not the languages being translated), and how one is
// chosen: the reader's pick (a cookie) first, then the browser's Accept-Language, then English.
export const UI_LANGUAGES = ['en', 'de', 'uk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const UI_LANGUAGE_COOKIE = 'redline-ui-lang';
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', de: 'Deutsch', uk: 'Українська' };

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
