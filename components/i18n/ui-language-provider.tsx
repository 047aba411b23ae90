'use client';
// Gives the client components the interface language chosen on the server: an i18next instance
// made from that language's messages, which ui-language-root.tsx loads.
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { newI18n, type LocaleMessages } from '@/lib/i18n/i18n-instance';
import type { UiLanguage } from '@/lib/i18n/ui-languages';

export function UiLanguageProvider({ language, messages, children }: { language: UiLanguage; messages: LocaleMessages; children: ReactNode }) {
  const i18n = useMemo(() => newI18n(language, messages), [language, messages]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
