// The page /documents/new: an editor pastes an article, previews its paragraphs and creates the
// document. Anyone else sees why they cannot (the API refuses them too).
import Link from 'next/link';
import { languageLabel } from '@/lib/i18n/format';
import { canCreateDocument } from '@/lib/roles';
import { listLanguages } from '@/lib/server/documents/list-languages';
import { requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { NewDocumentForm } from './new-document-form';

export async function NewDocumentView() {
  const actor = await requirePageActor('/documents/new');
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  if (!canCreateDocument(actor)) {
    return (
      <div className="page">
        <h1>{t('newDocument.forbiddenTitle')}</h1>
        <p>{t('newDocument.forbidden')}</p>
        <p>
          <Link href="/">{t('newDocument.back')}</Link>
        </p>
      </div>
    );
  }
  const languages = (await listLanguages({ actor }))
    .filter((language) => language.code !== 'en')
    .map((language) => ({ code: language.code, label: languageLabel(language.code, ui), nativeName: language.nativeName }));
  return (
    <div className="page new-document-page">
      <p className="muted">
        <Link href="/">{t('header.documents')}</Link>
      </p>
      <h1>{t('newDocument.title')}</h1>
      <p>{t('newDocument.intro')}</p>
      <NewDocumentForm languages={languages} />
    </div>
  );
}
