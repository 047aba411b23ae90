// The XLIFF import page of one language: choose the file a CAT tool sent back, preview what it
// would change, then apply it. Only the language's translators and editors may import.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { languageName } from '@/lib/i18n/format';
import { canTranslate } from '@/lib/roles';
import { getDocument } from '@/lib/server/documents/get-document';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { XliffImportForm } from './xliff-import-form';

export async function ImportView({ slug, lang }: { slug: string; lang: string }) {
  const actor = await requirePageActor(`/documents/${slug}/${lang}/import`);
  const document = await orNotFound(getDocument({ slug, actor }));
  const language = document.languages.find((candidate) => candidate.code === lang);
  if (!language) notFound();
  const workbench = `/documents/${document.slug}/${language.code}`;
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const name = languageName(language.code, ui);

  return (
    <div className="page interchange-page">
      <p className="muted">
        <Link href="/">{t('header.documents')}</Link> / <Link href={workbench}>{t('workbench.named', { language: name })}</Link>
      </p>
      <h1>{t('interchange.importTitle', { language: name })}</h1>
      <p className="muted">{document.title}</p>
      <p>{t('interchange.importIntro')}</p>
      {canTranslate(actor, language.code) ? (
        <XliffImportForm slug={document.slug} language={language} />
      ) : (
        <p className="notice">{t('interchange.cannotImport', { language: name })}</p>
      )}
      <p>
        <Link href={`${workbench}/export`}>{t('interchange.exportThis')}</Link>
      </p>
    </div>
  );
}
