// The reader's page: the latest published edition of one language (or the one asked for) as a
// clean article, with the list of editions. Before the first edition, a page that says so.
import Link from 'next/link';
import { getDocument } from '@/lib/server/documents/get-document';
import { getEdition } from '@/lib/server/editions/get-edition';
import { listEditions } from '@/lib/server/editions/list-editions';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { LocalTime } from '../common/local-time';
import { EditionArticle } from './edition-article';
import { EditionList } from './edition-list';

export async function ReaderView({ slug, lang, edition }: { slug: string; lang: string; edition?: string }) {
  const base = `/read/${slug}/${lang}`;
  const actor = await requirePageActor(edition === undefined ? base : `${base}?edition=${encodeURIComponent(edition)}`);
  const editions = await orNotFound(listEditions({ slug, lang, actor }));
  if (editions.length === 0) {
    const document = await orNotFound(getDocument({ slug, actor }));
    const language = document.languages.find((candidate) => candidate.code === lang)!;
    return (
      <div className="page reader">
        <p className="muted">
          <Link href="/">Documents</Link> / <Link href={`/documents/${slug}/${lang}`}>{language.englishName} workbench</Link>
        </p>
        <h1>{document.title}</h1>
        <p className="notice">Nothing is published in {language.englishName} yet.</p>
        <p>An editor publishes an edition once every paragraph of the translation is approved.</p>
      </div>
    );
  }
  const shown = await orNotFound(getEdition({ slug, lang, number: edition === undefined ? undefined : Number(edition), actor }));
  const latest = editions[0];
  return (
    <div className="page reader">
      <p className="muted">
        <Link href="/">Documents</Link> /{' '}
        <Link href={`/documents/${slug}/${lang}`}>{shown.language.englishName} workbench</Link>
      </p>
      <h1>{shown.document.title}</h1>
      <p className="muted">
        {shown.language.englishName} · Edition {shown.number} · published by {shown.publishedBy},{' '}
        <LocalTime iso={shown.createdAt} />
      </p>
      {shown.number !== latest.number && (
        <p className="notice">
          This is edition {shown.number}. <Link href={base}>Read the latest, edition {latest.number}</Link>.
        </p>
      )}
      <div className="reader-layout">
        <EditionArticle edition={shown} />
        <EditionList base={base} editions={editions} current={shown.number} />
      </div>
    </div>
  );
}
