// The "Update English" page, reached from a language's workbench: paste the story's new text,
// preview how its paragraphs line up with the current ones, apply. Editors and admins only.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { languageName } from '@/lib/i18n/format';
import { canEditSource } from '@/lib/roles';
import { getDocument } from '@/lib/server/documents/get-document';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { SourceUpdateForm } from './source-update-form';

export async function SourceUpdateView({ slug, lang }: { slug: string; lang: string }) {
  const actor = await requirePageActor(`/documents/${slug}/${lang}/source`);
  const document = await orNotFound(getDocument({ slug, actor }));
  const language = document.languages.find((candidate) => candidate.code === lang);
  if (!language) notFound();
  const workbench = `/documents/${document.slug}/${language.code}`;
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const source = languageName(document.sourceLang, ui);

  return (
    <div className="page source-update-page">
      <p className="muted">
        <Link href="/">{t('header.documents')}</Link> / <Link href={workbench}>{t('workbench.named', { language: languageName(language.code, ui) })}</Link>
      </p>
      <h1>{t('sourceUpdate.title', { language: source })}</h1>
      <p className="muted">{document.title}</p>
      <p>{t('sourceUpdate.intro')}</p>
      {canEditSource(actor) ? (
        <SourceUpdateForm slug={document.slug} lang={language.code} sourceLang={document.sourceLang} revision={document.sourceRevision} />
      ) : (
        <p className="notice">{t('sourceUpdate.cannot', { language: source })}</p>
      )}
    </div>
  );
}
