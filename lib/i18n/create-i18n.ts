// An i18next instance for any interface language, with every locale file at hand: for the
// server's views, the API's English messages and tests. Client components never import this
// module (it would put all five locales in every page's scripts); they get their language's
// instance from components/i18n/ui-language-root.tsx.
import ar from '../../locales/ar.json';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import uk from '../../locales/uk.json';
import { newI18n, type LocaleMessages } from './i18n-instance';
import type { UiLanguage } from './ui-languages';

export const LOCALE_MESSAGES: Record<UiLanguage, LocaleMessages> = { en, de, fr, uk, ar };

export function createI18n(language: UiLanguage) {
  return newI18n(language, LOCALE_MESSAGES[language]);
}
