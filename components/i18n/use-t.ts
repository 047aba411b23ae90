'use client';
// The interface language's `t` and i18next instance for client components, in place of
// react-i18next's useTranslation: that hook wraps the instance anew for every component instance
// (copying its property descriptors) and subscribes to language changes, which was about 8% of a
// workbench page's server render. Neither is needed here: each interface language has its own
// instance (UiLanguageProvider), created initialised and never switched, so a different
// language is a different instance from the context, and i18next binds `t` to its instance.
import { useContext } from 'react';
import { I18nContext } from 'react-i18next';

export function useT() {
  const { i18n } = useContext(I18nContext);
  return { t: i18n.t, i18n };
}
