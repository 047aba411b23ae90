import 'server-only';
// The interface language of this request, and a translate function for server views.
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { createI18n } from '../i18n/create-i18n';
import { pickUiLanguage, UI_LANGUAGE_COOKIE, type UiLanguage } from '../i18n/ui-languages';

export const getUiLanguage = cache(async (): Promise<UiLanguage> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickUiLanguage(cookieStore.get(UI_LANGUAGE_COOKIE)?.value, headerList.get('accept-language'));
});

export const getT = cache(async () => createI18n(await getUiLanguage()).t);
