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

/**
 * A language's name standing alone (a link, a column heading, an option, the start of a
 * sentence): Intl names languages in running-text case, which in Ukrainian is lowercase
 * ("німецька"); alone they take a capital ("Німецька"). English and German do not change.
 */
export function languageLabel(code: string, uiLanguage: string): string {
  const name = languageName(code, uiLanguage);
  return name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
}

/**
 * The locale numbers and dates are written in. Arabic keeps the digits 0–9: the newsroom's
 * Arabic copy writes them (the seeded article: „24 أبريل/نيسان 2025“), interpolated counts
 * are written with them, and ICU versions disagree on Arabic's default digits, so the server and
 * the browser could render one number two ways.
 */
export function numberLocale(uiLanguage: string): string {
  return uiLanguage === 'ar' ? 'ar-u-nu-latn' : uiLanguage;
}

export function formatPercent(share: number, uiLanguage: string): string {
  return kept(`percent:${uiLanguage}`, () => new Intl.NumberFormat(numberLocale(uiLanguage), { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

export function formatNumber(value: number, uiLanguage: string): string {
  return kept(`number:${uiLanguage}`, () => new Intl.NumberFormat(numberLocale(uiLanguage))).format(value);
}

export function formatDateTime(iso: string, uiLanguage: string): string {
  return kept(`datetime:${uiLanguage}`, () => new Intl.DateTimeFormat(numberLocale(uiLanguage), { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}

/**
 * Language names as a list in the interface language: "French and German", „Französisch und
 * Deutsch“, «французька і німецька», in the interface language's alphabetical order. Redline's
 * English has no serial comma, so English lists take the British pattern ("Arabic, French and
 * German").
 */
export function formatLanguageList(codes: readonly string[], uiLanguage: string): string {
  const collator = kept(`collator:${uiLanguage}`, () => new Intl.Collator(uiLanguage));
  const names = codes.map((code) => languageName(code, uiLanguage)).sort(collator.compare);
  const listLocale = uiLanguage === 'en' ? 'en-GB' : uiLanguage;
  return kept(`list:${uiLanguage}`, () => new Intl.ListFormat(listLocale, { type: 'conjunction' })).format(names);
}

/** The name of a weekday, 1 (Monday) to 7 (Sunday) as in ISO 8601, in the interface language. */
export function weekdayName(isoDay: number, uiLanguage: string): string {
  // 1 January 2024 was a Monday.
  return kept(`weekday:${uiLanguage}`, () => new Intl.DateTimeFormat(numberLocale(uiLanguage), { weekday: 'long', timeZone: 'UTC' })).format(Date.UTC(2024, 0, isoDay));
}

/** The name of a month, 1 (January) to 12, in the interface language (nominative: "квітень"). */
export function monthName(month: number, uiLanguage: string): string {
  return kept(`month:${uiLanguage}`, () => new Intl.DateTimeFormat(numberLocale(uiLanguage), { month: 'long', timeZone: 'UTC' })).format(Date.UTC(2024, month - 1, 1));
}
