// The compare view's header: the document's title, the language picker, and notes on languages
// asked for that are not shown (not in the document, or over the limit).
import Link from 'next/link';
import type { CompareLanguageChoice } from '@/lib/compare-languages';
import { languageLabel } from '@/lib/i18n/format';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { LanguagePicker } from './language-picker';

export async function CompareHeader({
  document,
  choice,
}: {
  document: { slug: string; title: string; languages: Array<{ code: string; englishName: string }> };
  choice: CompareLanguageChoice;
}) {
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const nameOf = (code: string) => languageLabel(code, ui);
  return (
    <header className="compare-header">
      <p className="muted">
        <Link href="/">{t('header.documents')}</Link> / {t('compare.title')}
      </p>
      <h1>{document.title}</h1>
      <LanguagePicker key={choice.codes.join(',')} slug={document.slug} languages={document.languages} selected={choice.codes} />
      {choice.ignored.length > 0 && (
        <p className="notice" role="note">
          {t('compare.ignored', {
            count: choice.ignored.length,
            codes: choice.ignored.map((code) => t('compare.quoted', { code })).join(', '),
            languages: document.languages.map((language) => `${nameOf(language.code)} (${language.code})`).join(', '),
          })}
        </p>
      )}
      {choice.overLimit.length > 0 && (
        <p className="notice" role="note">
          {t('compare.overLimit', { count: choice.codes.length, languages: choice.overLimit.map(nameOf).join(', ') })}
        </p>
      )}
    </header>
  );
}
