// The memory page's TMX part: a download of each language's memory as a TMX file, and for editors
// and admins the import of a TMX file with its preview.
import { languageLabel } from '@/lib/i18n/format';
import type { LanguageInfo } from '@/lib/server/documents/find-document-language';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { TmxImportForm } from './tmx-import-form';

export async function MemoryTmxSection({ languages, canImport }: { languages: LanguageInfo[]; canImport: boolean }) {
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  return (
    <section aria-labelledby="memory-tmx-title">
      <h2 id="memory-tmx-title">{t('memoryTmx.title')}</h2>
      <ul>
        {languages.map((language) => (
          <li key={language.code}>
            <a href={`/api/memory/export?lang=${encodeURIComponent(language.code)}&format=tmx`} download>
              {t('memoryTmx.download', { language: languageLabel(language.code, ui) })}
            </a>
          </li>
        ))}
      </ul>
      {canImport && <TmxImportForm />}
    </section>
  );
}
