// Searching the translation memory: every approved translation whose English or whose
// translation contains the words, with the document (or TMX file) it comes from; below, the
// memory as TMX files.
import Link from 'next/link';
import { isAppError } from '@/lib/app-error';
import { languageLabel } from '@/lib/i18n/format';
import { memoryOriginLabel, memoryPairKey } from '@/lib/memory-origin';
import { listLanguages } from '@/lib/server/documents/list-languages';
import { searchMemory } from '@/lib/server/memory/search-memory';
import type { ApprovedPair } from '@/lib/server/memory/load-approved-pairs';
import { canImportMemory } from '@/lib/roles';
import { requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { MemoryTmxSection } from './memory-tmx-section';

export async function MemorySearchView({ lang, query }: { lang?: string; query?: string }) {
  const actor = await requirePageActor('/memory');
  const languages = (await listLanguages({ actor })).filter((language) => language.code !== 'en');
  const language = languages.find((candidate) => candidate.code === lang) ?? languages.find((l) => l.code === 'de') ?? languages[0];
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  let results: ApprovedPair[] | null = null;
  let problem: string | null = null;
  if (query !== undefined && language) {
    try {
      results = await searchMemory({ lang: language.code, query, actor });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'invalid_input') throw error;
      problem = error.userMessage;
    }
  }
  return (
    <div className="page">
      <h1>{t('header.memory')}</h1>
      <form method="get" action="/memory" className="term-form" role="search">
        <label>
          {t('documents.language')}
          <select name="lang" defaultValue={language?.code}>
            {languages.map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {languageLabel(candidate.code, ui)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('memorySearch.query')}
          <input name="q" defaultValue={query} minLength={2} maxLength={100} required />
        </label>
        <button type="submit">{t('memorySearch.search')}</button>
      </form>
      {problem && <p role="alert" className="error">{problem}</p>}
      {results && (
        <>
          <p role="status">
            {results.length === 0 ? t('memorySearch.none') : t('memorySearch.results', { count: results.length })}
          </p>
          <table className="glossary-table">
            <thead>
              <tr>
                <th scope="col">{languageLabel('en', ui)}</th>
                <th scope="col">{language && languageLabel(language.code, ui)}</th>
                <th scope="col">{t('memorySearch.document')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((pair) => (
                <tr key={memoryPairKey(pair)}>
                  <td lang="en" dir="ltr">{pair.source}</td>
                  <td lang={language?.code} dir={language?.direction}>
                    {pair.target}
                  </td>
                  <td>
                    {pair.document ? <Link href={`/documents/${pair.document.slug}/${language?.code}`}>{pair.document.title}</Link> : memoryOriginLabel(pair, t)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <MemoryTmxSection languages={languages} canImport={canImportMemory(actor)} />
    </div>
  );
}
