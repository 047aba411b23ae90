'use client';
// Which languages the compare view shows: a checkbox per target language. Show remembers the
// choice in a cookie (the view falls back to it when the address names no languages) and opens
// it. Without script the form still works: it sends langs=de&langs=fr, which the view reads too.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n/use-t';
import { languageLabel } from '@/lib/i18n/format';
import { compareHref, compareLanguagesCookie } from '@/lib/compare-languages';

export function LanguagePicker({
  slug,
  languages,
  selected,
}: {
  slug: string;
  languages: Array<{ code: string; englishName: string }>;
  selected: string[];
}) {
  const router = useRouter();
  const { t, i18n } = useT();
  const [error, setError] = useState<string | null>(null);

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = new FormData(event.currentTarget).getAll('langs').map(String);
    // Columns already on screen keep their order; newly checked ones join at the end.
    const codes = [...selected.filter((code) => checked.includes(code)), ...checked.filter((code) => !selected.includes(code))];
    if (codes.length === 0) {
      setError(t('compare.chooseOne'));
      return;
    }
    setError(null);
    document.cookie = compareLanguagesCookie(codes, { secure: window.location.protocol === 'https:' });
    router.push(compareHref(slug, codes));
  }

  return (
    <form className="compare-picker" method="get" action={`/documents/${encodeURIComponent(slug)}/compare`} onSubmit={show}>
      <fieldset>
        <legend>{t('compare.languages')}</legend>
        {languages.map((language) => (
          <label key={language.code} className="checkbox">
            <input type="checkbox" name="langs" value={language.code} defaultChecked={selected.includes(language.code)} />
            {languageLabel(language.code, i18n.language)}
          </label>
        ))}
        <button type="submit">{t('compare.show')}</button>
      </fieldset>
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </form>
  );
}
