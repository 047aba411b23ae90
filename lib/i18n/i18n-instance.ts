// One i18next instance for one interface language from that language's messages alone,
// initialised synchronously so server and browser render the same text. The browser gets only
// the active language's messages (components/i18n/ui-language-root.tsx); the server has them all
// (create-i18n.ts). Every locale has every key (locales.test.ts), so nothing falls back.
import i18next, { type i18n } from 'i18next';
import type en from '../../locales/en.json';
import { formatLanguageList, formatNumber, languageName, monthName, weekdayName } from './format';
import type { UiLanguage } from './ui-languages';

/** A locale file's messages (locales/*.json; English has every key, and so does every other). */
export type LocaleMessages = typeof en;

export function newI18n(language: UiLanguage, messages: LocaleMessages): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: messages } },
    lng: language,
    // React escapes text itself; i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  addFormats(instance);
  return instance;
}

/**
 * Formats for values that are the same in every language but read differently in each: a
 * language code (`{{lang, languageName}}`), a list of them (`{{langs, languageList}}`), an ISO
 * weekday 1–7 (`{{day, weekday}}`) and a month 1–12 (`{{month, month}}`). The quality checks'
 * messages (`qaIssue.*`) pass such values, so a German interface says „Französisch und Deutsch“
 * where the English one says "French and German".
 */
function addFormats(instance: i18n) {
  const formatter = instance.services.formatter;
  if (!formatter) return;
  formatter.add('languageName', (value, lng) => languageName(String(value), lng ?? 'en'));
  formatter.add('languageList', (value, lng) => formatLanguageList(Array.isArray(value) ? value.map(String) : [String(value)], lng ?? 'en'));
  formatter.add('weekday', (value, lng) => weekdayName(Number(value), lng ?? 'en'));
  formatter.add('month', (value, lng) => monthName(Number(value), lng ?? 'en'));
  // `{{count, number}}` writes digits as the rest of the interface does (Arabic: 0–9, see format.ts).
  formatter.add('number', (value, lng) => formatNumber(Number(value), lng ?? 'en'));
}
