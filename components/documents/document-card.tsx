// One document on the home page: its title, size, source language, creation date and deadline,
// and per target language how far its translation has come.
import Link from 'next/link';
import { deadlineUrgency } from '@/lib/document-list-filters';
import { formatPercent, languageLabel, languageName } from '@/lib/i18n/format';
import type { DocumentListItem } from '@/lib/server/documents/list-documents';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { LocalTime } from '../common/local-time';
import { StatusBar } from './status-bar';

export async function DocumentCard({ document, now }: { document: DocumentListItem; now: Date }) {
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const urgency = document.deadline ? deadlineUrgency(document.deadline, now) : null;
  return (
    <li className="card document-card">
      <h2>{document.title}</h2>
      <p className="muted">
        {t('documents.paragraphs', { count: document.paragraphCount })} · {t('documents.source', { language: languageName(document.sourceLang, ui) })} ·{' '}
        {t('documentList.created')} <LocalTime iso={document.createdAt.toISOString()} />
      </p>
      <p className={`deadline deadline-${urgency ?? 'none'}`}>
        {document.deadline ? (
          <>
            {t('documentList.due')} <LocalTime iso={document.deadline.toISOString()} />
            {urgency === 'overdue' && <strong> ({t('documentList.overdue')})</strong>}
          </>
        ) : (
          <span className="muted">{t('documentList.noDeadline')}</span>
        )}
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
              <td>{t('documents.approvedOf', { approved: language.statusCounts.approved, total: document.paragraphCount })}</td>
              <td>{formatPercent(document.sourceWords ? language.approvedWords / document.sourceWords : 0, ui)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href={`/documents/${document.slug}/activity`}>{t('documents.allActivity')}</Link>
      </p>
    </li>
  );
}
