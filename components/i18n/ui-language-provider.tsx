'use client';
// Gives the client components the interface language chosen on the server.
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/lib/i18n/create-i18n';
import type { UiLanguage } from '@/lib/i18n/ui-languages';

export function UiLanguageProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(language), [language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
