// One i18next instance for one interface language, with every locale file loaded up front
// (they are small), initialised synchronously so server and browser render the same text.
import i18next, { type i18n } from 'i18next';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import uk from '../../locales/uk.json';
import type { UiLanguage } from './ui-languages';

export const resources = { en: { translation: en }, de: { translation: de }, uk: { translation: uk } };

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    // React escapes text itself; i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
