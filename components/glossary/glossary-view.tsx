// The glossary of one target language: how the desk writes names and terms, and what stays
// untranslated. Editors and admins change it; everyone reads it.
import Link from 'next/link';
import { languageLabel } from '@/lib/i18n/format';
import { GLOSSARY_FORMATS } from '@/lib/formats/glossary-file';
import { glossaryExportUrl } from '@/lib/clients/glossary';
import { canManageGlossary } from '@/lib/roles';
import { listLanguages } from '@/lib/server/documents/list-languages';
import { listGlossaryTerms } from '@/lib/server/glossary/list-glossary-terms';
import { requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { GlossaryEditor } from './glossary-editor';
import { GlossaryImportForm } from './glossary-import-form';

export async function GlossaryView({ lang }: { lang?: string }) {
  const actor = await requirePageActor(`/glossary${lang ? `?lang=${lang}` : ''}`);
  const languages = (await listLanguages({ actor })).filter((language) => language.code !== 'en');
  const language = languages.find((candidate) => candidate.code === lang) ?? languages.find((l) => l.code === 'de') ?? languages[0];
  const terms = language ? await listGlossaryTerms({ targetLang: language.code, actor }) : [];
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  return (
    <div className="page">
      <h1>{t('header.glossary')}</h1>
      <nav aria-label={t('glossary.language')} className="language-switch">
        {languages.map((candidate) => (
          <Link key={candidate.code} href={`/glossary?lang=${candidate.code}`} aria-current={candidate.code === language?.code ? 'page' : undefined}>
            {languageLabel(candidate.code, ui)}
          </Link>
        ))}
      </nav>
      {language && (
        <>
          <p className="editor-actions">
            {GLOSSARY_FORMATS.map((format) => (
              <a key={format} href={glossaryExportUrl(language.code, format)} download className="button-quiet">
                {t(format === 'tbx' ? 'glossary.exportTbx' : 'glossary.exportCsv')}
              </a>
            ))}
          </p>
          <GlossaryEditor
            language={{ code: language.code, englishName: language.englishName, direction: language.direction }}
            terms={terms}
            canEdit={canManageGlossary(actor)}
          />
          {canManageGlossary(actor) && <GlossaryImportForm language={{ code: language.code, englishName: language.englishName, direction: language.direction }} />}
        </>
      )}
    </div>
  );
}
