'use client';
// The interface language's provider, with that language's messages loaded as a chunk of their
// own: a page's scripts carry one locale, not all five (which were about 63 KB of gzipped
// JavaScript on every page, bench/misses.md).
//
// Two things matter besides the size. The tree under the provider stays mounted when the
// language changes (the picker refreshes the page's data; the boxes keep what a person typed):
// the provider is always the same component, and it waits for the new messages with `use`, which
// inside the refresh's transition keeps the page shown until they are there. And the messages
// arrive with the page's own scripts: they are loaded by a next/dynamic component that renders
// nothing, beside the provider, and Next.js preloads the chunks of the dynamic components the
// server rendered, so hydration does not wait for another round trip.
import dynamic from 'next/dynamic';
import { use, type ComponentType, type ReactNode } from 'react';
import type { LocaleMessages } from '@/lib/i18n/i18n-instance';
import type { UiLanguage } from '@/lib/i18n/ui-languages';
import { UiLanguageProvider } from './ui-language-provider';

type MessagesModule = { default: LocaleMessages };
type Arrival = { messages: Promise<LocaleMessages>; arrive: (messages: LocaleMessages) => void };

/** Each language's messages, once the component below has loaded them: one promise per page's lifetime, as `use` needs. */
const arrivals = new Map<UiLanguage, Arrival>();
function arrivalOf(language: UiLanguage): Arrival {
  let arrival = arrivals.get(language);
  if (!arrival) {
    let arrive: Arrival['arrive'] = () => {};
    const messages = new Promise<LocaleMessages>((resolve) => (arrive = resolve));
    arrival = { messages, arrive };
    arrivals.set(language, arrival);
  }
  return arrival;
}

const Nothing = () => null;
const arrived = (language: UiLanguage) => (module: MessagesModule) => {
  arrivalOf(language).arrive(module.default);
  return Nothing;
};

/**
 * For each language, a component that loads its messages and renders nothing: next/dynamic, so
 * that Next.js preloads the chunk with the page that rendered it. Each import() is written out,
 * and the bundler makes a chunk of each locale file.
 */
const LOADERS: Record<UiLanguage, ComponentType> = {
  en: dynamic(() => import('@/locales/en.json').then(arrived('en'))),
  de: dynamic(() => import('@/locales/de.json').then(arrived('de'))),
  fr: dynamic(() => import('@/locales/fr.json').then(arrived('fr'))),
  uk: dynamic(() => import('@/locales/uk.json').then(arrived('uk'))),
  ar: dynamic(() => import('@/locales/ar.json').then(arrived('ar'))),
};

function LanguageProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const messages = use(arrivalOf(language).messages);
  return (
    <UiLanguageProvider language={language} messages={messages}>
      {children}
    </UiLanguageProvider>
  );
}

export function UiLanguageRoot({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const Loader = LOADERS[language];
  return (
    <>
      <Loader />
      <LanguageProvider language={language}>{children}</LanguageProvider>
    </>
  );
}
