// Names, numbers and dates in the interface language, from Intl. Building an Intl formatter
// loads locale data and costs far more than using one, and a workbench page formats a language
// name and a time for each of its 100 paragraphs, so each formatter is built once and kept.
// The keys are a kind and an interface language, so the map stays as small as their product.
const formatters = new Map<string, unknown>();

function kept<T>(key: string, build: () => T): T {
  if (!formatters.has(key)) formatters.set(key, build());
  return formatters.get(key) as T;
}

export function languageName(code: string, uiLanguage: string): string {
  try {
    return kept(`names:${uiLanguage}`, () => new Intl.DisplayNames([uiLanguage], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatPercent(share: number, uiLanguage: string): string {
  return kept(`percent:${uiLanguage}`, () => new Intl.NumberFormat(uiLanguage, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

export function formatNumber(value: number, uiLanguage: string): string {
  return kept(`number:${uiLanguage}`, () => new Intl.NumberFormat(uiLanguage)).format(value);
}

export function formatDateTime(iso: string, uiLanguage: string): string {
  return kept(`datetime:${uiLanguage}`, () => new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}
