'use client';
// A checkbox per language, named `languages`: the languages a person works on.
import { useT } from '@/components/i18n/use-t';
import { languageName } from '@/lib/i18n/format';

export function LanguageChoices({ legend, languages, chosen }: { legend: string; languages: string[]; chosen: string[] }) {
  const { i18n } = useT();
  return (
    <fieldset className="language-choices">
      <legend>{legend}</legend>
      {languages.map((code) => (
        <label key={code}>
          <input type="checkbox" name="languages" value={code} defaultChecked={chosen.includes(code)} />
          {languageName(code, i18n.language)}
        </label>
      ))}
    </fieldset>
  );
}
