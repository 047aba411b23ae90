// The home page: the newsroom's documents, newest first, a page at a time, searched and filtered
// with a plain GET form (so every view is a link), each with its deadline and per target language
// how far its translation has come.
import Link from 'next/link';
import { DOCUMENT_DEADLINE_FILTERS, DOCUMENT_STATUS_FILTERS, deadlineUrgency, documentListQuery, type DocumentListFilters } from '@/lib/document-list-filters';
import { formatPercent, languageLabel, languageName } from '@/lib/i18n/format';
import { canCreateDocument } from '@/lib/roles';
import { listDocuments, type DocumentListItem } from '@/lib/server/documents/list-documents';
import { listLanguages } from '@/lib/server/documents/list-languages';
import { requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { LocalTime } from '../common/local-time';
import { StatusBar } from './status-bar';

export async function DocumentListView({ filters }: { filters: DocumentListFilters }) {
  const query = documentListQuery(filters, filters.page);
  const actor = await requirePageActor(`/${query}`);
  const now = new Date();
  const [list, languages, t, ui] = await Promise.all([listDocuments({ actor, filters, now }), listLanguages({ actor }), getT(), getUiLanguage()]);
  const filtered = Boolean(filters.q || filters.status || filters.lang || filters.deadline);
  const targets = languages.filter((language) => language.code !== 'en');

  return (
    <div className="page">
      <div className="title-row">
        <h1>{t('documents.title')}</h1>
        {canCreateDocument(actor) && (
          <Link href="/documents/new" className="button-link">
            {t('documentList.newArticle')}
          </Link>
        )}
      </div>
      <form method="get" action="/" role="search" aria-label={t('documentList.filters')} className="document-filters">
        <label>
          {t('documentList.search')}
          <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} />
        </label>
        <label>
          {t('documentList.status')}
          <select name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('documentList.statusAny')}</option>
            {DOCUMENT_STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(`documentList.statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('documentList.language')}
          <select name="lang" defaultValue={filters.lang ?? ''}>
            <option value="">{t('documentList.languageAny')}</option>
            {targets.map((language) => (
              <option key={language.code} value={language.code}>
                {languageLabel(language.code, ui)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('documentList.deadline')}
          <select name="deadline" defaultValue={filters.deadline ?? ''}>
            <option value="">{t('documentList.deadlineAny')}</option>
            {DOCUMENT_DEADLINE_FILTERS.map((deadline) => (
              <option key={deadline} value={deadline}>
                {t(`documentList.deadlines.${deadline}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('documentList.apply')}</button>
        {filtered && <Link href="/">{t('documentList.reset')}</Link>}
      </form>
      <p role="status" className="muted">
        {t('documentList.count', { count: list.total })}
      </p>
      {list.documents.length === 0 && <p>{filtered || list.page > 1 ? t('documentList.noMatch') : t('documents.none')}</p>}
      <ul className="document-list">
        {list.documents.map((document) => (
          <DocumentCard key={document.slug} document={document} now={now} />
        ))}
      </ul>
      {list.pageCount > 1 && (
        <nav aria-label={t('documentList.pages')} className="pager">
          {list.page > 1 && (
            <Link href={`/${documentListQuery(filters, Math.min(list.page - 1, list.pageCount))}`} rel="prev">
              {t('documentList.newer')}
            </Link>
          )}
          <span>{t('documentList.page', { page: list.page, pages: list.pageCount })}</span>
          {list.page < list.pageCount && (
            <Link href={`/${documentListQuery(filters, list.page + 1)}`} rel="next">
              {t('documentList.older')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

async function DocumentCard({ document, now }: { document: DocumentListItem; now: Date }) {
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
