// Names, numbers and dates in the interface language, from Intl.
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatPercent(share: number, uiLanguage: string): string {
  return new Intl.NumberFormat(uiLanguage, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatNumber(value: number, uiLanguage: string): string {
  return new Intl.NumberFormat(uiLanguage).format(value);
}

export function formatDateTime(iso: string, uiLanguage: string): string {
  return new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
