// The export page of one language: the files a CAT tool, an app or a reader takes, as downloads.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { languageName } from '@/lib/i18n/format';
import { canTranslate } from '@/lib/roles';
import { getDocument } from '@/lib/server/documents/get-document';
import { listEditions } from '@/lib/server/editions/list-editions';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';

export async function ExportView({ slug, lang }: { slug: string; lang: string }) {
  const actor = await requirePageActor(`/documents/${slug}/${lang}/export`);
  const document = await orNotFound(getDocument({ slug, actor }));
  const language = document.languages.find((candidate) => candidate.code === lang);
  if (!language) notFound();
  const editions = await listEditions({ slug: document.slug, lang: language.code, actor });
  const workbench = `/documents/${document.slug}/${language.code}`;
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const name = languageName(language.code, ui);
  const file = (format: string) =>
    `/api/documents/${encodeURIComponent(document.slug)}/export?lang=${encodeURIComponent(language.code)}&format=${format}`;

  return (
    <div className="page interchange-page">
      <p className="muted">
        <Link href="/">{t('header.documents')}</Link> / <Link href={workbench}>{t('workbench.named', { language: name })}</Link>
      </p>
      <h1>{t('interchange.exportTitle', { language: name })}</h1>
      <p className="muted">{document.title}</p>
      <ul className="export-list">
        <li>
          <a href={file('xliff')} download>
            {t('interchange.downloadXliff')}
          </a>
          <p className="muted small">
            {t('interchange.xliffHelp', { language: name })}
            {canTranslate(actor, language.code) && (
              <>
                {' '}
                {t('interchange.translateThen')} <Link href={`${workbench}/import`}>{t('interchange.importBack')}</Link>.
              </>
            )}
          </p>
        </li>
        <li>
          <a href={file('xliff12')} download>
            {t('interchange.downloadXliff12')}
          </a>
          <p className="muted small">{t('interchange.xliff12Help')}</p>
        </li>
        <li>
          <a href={file('i18next')} download>
            {t('interchange.downloadI18next')}
          </a>
          <p className="muted small">{t('interchange.i18nextHelp', { language: name })}</p>
        </li>
        {editions.length > 0 ? (
          <>
            <li>
              <a href={file('text')} download>
                {t('interchange.downloadText')}
              </a>
              <p className="muted small">{t('interchange.textHelp', { number: editions[0].number })}</p>
            </li>
            <li>
              <a href={file('markdown')} download>
                {t('interchange.downloadMarkdown')}
              </a>
              <p className="muted small">{t('interchange.markdownHelp', { number: editions[0].number })}</p>
            </li>
          </>
        ) : (
          <li>
            <p className="muted small">
              {t('interchange.needsEdition', { language: name })}
            </p>
          </li>
        )}
      </ul>
    </div>
  );
}
