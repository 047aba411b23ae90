'use client';
// The interface language's provider, with that language's messages loaded as a chunk of their
// own: a page's scripts carry one locale, not all five (which were about 63 KB of gzipped
// JavaScript on every page, bench/results.md). The server renders the page in full with the
// chunk it used, and Next.js sends that chunk with the page (a preload beside its scripts), so
// hydration does not wait for another round trip.
import dynamic from 'next/dynamic';
import type { ComponentType, ReactNode } from 'react';
import type { LocaleMessages } from '@/lib/i18n/i18n-instance';
import type { UiLanguage } from '@/lib/i18n/ui-languages';
import { UiLanguageProvider } from './ui-language-provider';

type Interface = ComponentType<{ children: ReactNode }>;

/** The provider of `language` once its messages have loaded. */
const withMessages =
  (language: UiLanguage) =>
  ({ default: messages }: { default: LocaleMessages }): Interface =>
    function LanguageInterface({ children }) {
      return (
        <UiLanguageProvider language={language} messages={messages}>
          {children}
        </UiLanguageProvider>
      );
    };

// Each import() is written out inside its dynamic(): the bundler makes a chunk of each locale
// file, and Next.js knows which one a page rendered.
const INTERFACES: Record<UiLanguage, Interface> = {
  en: dynamic(() => import('@/locales/en.json').then(withMessages('en'))),
  de: dynamic(() => import('@/locales/de.json').then(withMessages('de'))),
  fr: dynamic(() => import('@/locales/fr.json').then(withMessages('fr'))),
  uk: dynamic(() => import('@/locales/uk.json').then(withMessages('uk'))),
  ar: dynamic(() => import('@/locales/ar.json').then(withMessages('ar'))),
};

export function UiLanguageRoot({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const Interface = INTERFACES[language];
  return <Interface>{children}</Interface>;
}
