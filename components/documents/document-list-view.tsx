// The home page: the newsroom's documents, newest first, a page at a time, searched and filtered
// with a plain GET form (so every view is a link), each with its deadline and per target language
// how far its translation has come.
import Link from 'next/link';
import { DOCUMENT_DEADLINE_FILTERS, DOCUMENT_STATUS_FILTERS, documentListQuery, type DocumentListFilters } from '@/lib/document-list-filters';
import { languageLabel } from '@/lib/i18n/format';
import { canCreateDocument } from '@/lib/roles';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { listLanguages } from '@/lib/server/documents/list-languages';
import { requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { DocumentCard } from './document-card';

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
