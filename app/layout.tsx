import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { UiLanguageRoot } from '@/components/i18n/ui-language-root';
import { SiteHeader } from '@/components/site-header';
import { UI_LANGUAGE_DIRECTIONS } from '@/lib/i18n/ui-languages';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: { default: 'Redline', template: '%s · Redline' },
    description: t('meta.description'),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await getUiLanguage();
  const t = await getT();
  return (
    <html lang={language} dir={UI_LANGUAGE_DIRECTIONS[language]}>
      <body>
        <UiLanguageRoot language={language}>
          <a className="skip-link" href="#main">
            {t('header.skipToContent')}
          </a>
          <SiteHeader />
          <main id="main">{children}</main>
        </UiLanguageRoot>
      </body>
    </html>
  );
}
