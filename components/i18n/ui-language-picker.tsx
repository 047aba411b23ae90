'use client';
// The interface language menu in the header; the choice is remembered in a cookie for a year.
import { useRouter } from 'next/navigation';
import { useT } from '@/components/i18n/use-t';
import { useHydrated } from '@/components/common/use-hydrated';
import { UI_LANGUAGE_COOKIE, UI_LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '@/lib/i18n/ui-languages';

export function UiLanguagePicker({ current }: { current: UiLanguage }) {
  const router = useRouter();
  const { t } = useT();
  // A choice made before the page's scripts run would show but never be stored.
  const hydrated = useHydrated();
  return (
    <label className="ui-language">
      <span className="visually-hidden">{t('header.interfaceLanguage')}</span>
      <select
        value={current}
        disabled={!hydrated}
        onChange={(event) => {
          document.cookie = `${UI_LANGUAGE_COOKIE}=${event.target.value}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
      >
        {UI_LANGUAGES.map((language: UiLanguage) => (
          <option key={language} value={language} lang={language}>
            {UI_LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
