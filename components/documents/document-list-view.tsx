// The home page: every document, and per target language how far its translation has come.
import Link from 'next/link';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { formatPercent, languageLabel, languageName } from '@/lib/i18n/format';
import { requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { StatusBar } from './status-bar';

export async function DocumentListView() {
  const actor = await requirePageActor('/');
  const [{ documents }, t, ui] = await Promise.all([listDocuments({ actor, filters: { page: 1, perPage: 25 } }), getT(), getUiLanguage()]);
  return (
    <div className="page">
      <h1>{t('documents.title')}</h1>
      {documents.length === 0 && <p>{t('documents.none')}</p>}
      <ul className="document-list">
        {documents.map((document) => (
          <li key={document.slug} className="card">
            <h2>{document.title}</h2>
            <p className="muted">
              {t('documents.paragraphs', { count: document.paragraphCount })} · {t('documents.source', { language: languageName(document.sourceLang, ui) })}
            </p>
            <table className="progress-table">
              <caption className="visually-hidden">{t('documents.progressOf', { title: document.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('documents.language')}</th>
                  <th scope="col">{t('documents.progress')}</th>
                  <th scope="col">{t('documents.approved')}</th>
                  <th scope="col">{t('documents.approvedWords')}</th>
                </tr>
              </thead>
              <tbody>
                {document.languages.map((language) => (
                  <tr key={language.code}>
                    <th scope="row">
                      <Link href={`/documents/${document.slug}/${language.code}`}>
                        {languageLabel(language.code, ui)} <span className="muted" lang={language.code}>({language.nativeName})</span>
                      </Link>
                    </th>
                    <td>
                      <StatusBar counts={language.statusCounts} />
                    </td>
                    <td>
                      {t('documents.approvedOf', { approved: language.statusCounts.approved, total: document.paragraphCount })}
                    </td>
                    <td>{formatPercent(document.sourceWords ? language.approvedWords / document.sourceWords : 0, ui)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <Link href={`/documents/${document.slug}/activity`}>{t('documents.allActivity')}</Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
