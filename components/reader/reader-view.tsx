// The reader's page: the latest published edition of one language (or the one asked for) as a
// clean article, with the list of editions. Before the first edition, a page that says so.
import Link from 'next/link';
import { languageLabel, languageName } from '@/lib/i18n/format';
import { getDocument } from '@/lib/server/documents/get-document';
import { getEdition } from '@/lib/server/editions/get-edition';
import { listEditions } from '@/lib/server/editions/list-editions';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { LocalTime } from '../common/local-time';
import { EditionArticle } from './edition-article';
import { EditionList } from './edition-list';

export async function ReaderView({ slug, lang, edition }: { slug: string; lang: string; edition?: string }) {
  const base = `/read/${slug}/${lang}`;
  const actor = await requirePageActor(edition === undefined ? base : `${base}?edition=${encodeURIComponent(edition)}`);
  const editions = await orNotFound(listEditions({ slug, lang, actor }));
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const name = (code: string) => languageName(code, ui);
  if (editions.length === 0) {
    const document = await orNotFound(getDocument({ slug, actor }));
    const language = document.languages.find((candidate) => candidate.code === lang)!;
    return (
      <div className="page reader">
        <p className="muted">
          <Link href="/">{t('header.documents')}</Link> /{' '}
          <Link href={`/documents/${slug}/${lang}`}>{t('workbench.named', { language: name(language.code) })}</Link>
        </p>
        <h1>{document.title}</h1>
        <p className="notice">{t('reader.nothingPublished', { language: name(language.code) })}</p>
        <p>{t('reader.howToPublish')}</p>
      </div>
    );
  }
  const shown = await orNotFound(getEdition({ slug, lang, number: edition === undefined ? undefined : Number(edition), actor }));
  const latest = editions[0];
  return (
    <div className="page reader">
      <p className="muted">
        <Link href="/">{t('header.documents')}</Link> /{' '}
        <Link href={`/documents/${slug}/${lang}`}>{t('workbench.named', { language: name(shown.language.code) })}</Link>
      </p>
      <h1>{shown.document.title}</h1>
      <p className="muted">
        {t('reader.meta', { language: languageLabel(shown.language.code, ui), number: shown.number, name: shown.publishedBy })}{' '}
        <LocalTime iso={shown.createdAt} />
      </p>
      {shown.number !== latest.number && (
        <p className="notice">
          {t('reader.olderEdition', { number: shown.number })} <Link href={base}>{t('reader.readLatest', { number: latest.number })}</Link>.
        </p>
      )}
      <div className="reader-layout">
        <EditionArticle edition={shown} />
        <EditionList base={base} editions={editions} current={shown.number} />
      </div>
    </div>
  );
}
