// Several translations side by side: the English and one column per chosen language, one row per
// paragraph. Every cell is the workbench's own editor, so Save, History, Comments, the review bar
// and the status work exactly as there, each for its language and the reader's rights in it.
import './compare.css';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { chooseCompareLanguages, compareHref, COMPARE_LANGUAGES_COOKIE, parseLanguageList } from '@/lib/compare-languages';
import { languageLabel } from '@/lib/i18n/format';
import { getDocument } from '@/lib/server/documents/get-document';
import { getWorkbench } from '@/lib/server/documents/get-workbench';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { pageCount } from '@/lib/workbench-pages';
import { ParagraphSource } from '../workbench/paragraph-source';
import { ParagraphTranslation } from '../workbench/paragraph-translation';
import { LiveDocument } from '../workbench/live-document';
import { UnsavedChangesGuard } from '../workbench/unsaved-changes-guard';
import { CompareHeader } from './compare-header';
import { ComparePager } from './compare-pager';

export async function CompareView({ slug, langs, page }: { slug: string; langs?: string | string[]; page?: string }) {
  const requested = parseLanguageList(langs);
  const actor = await requirePageActor(requested.length > 0 ? compareHref(slug, requested, Number(page)) : `/documents/${encodeURIComponent(slug)}/compare`);
  const document = await orNotFound(getDocument({ slug, actor }));
  const remembered = (await cookies()).get(COMPARE_LANGUAGES_COOKIE)?.value;
  const choice = chooseCompareLanguages({ requested: langs, remembered, available: document.languages.map((language) => language.code) });
  const columns = await Promise.all(choice.codes.map((lang) => orNotFound(getWorkbench({ slug, lang, page, actor }))));
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const nameOf = (code: string) => languageLabel(code, ui);

  const header = <CompareHeader document={document} choice={choice} />;
  if (columns.length === 0) {
    return (
      <div className="compare">
        {header}
        <p>{t('compare.none')}</p>
      </div>
    );
  }

  const [first] = columns;
  const canReview = first.permissions.review;
  const shown = first.paragraphs;
  const byLanguage = columns.map((column) => ({
    ...column,
    byId: new Map(column.paragraphs.map((paragraph) => [paragraph.id, paragraph])),
  }));
  const pager = <ComparePager slug={document.slug} codes={choice.codes} page={first.page} pages={pageCount(first.paragraphCount)} total={first.paragraphCount} />;

  return (
    <LiveDocument slug={document.slug} userId={actor.id} paragraphIds={shown.map((paragraph) => paragraph.id)} langs={choice.codes}>
      <div className="compare">
        <UnsavedChangesGuard />
        {header}
        {pager}
        <div className="compare-grid" data-languages={columns.length}>
          <div className="compare-columns">
            <div className="compare-source compare-column-head">
              <span className="compare-language-name">{nameOf('en')}</span>
            </div>
            {columns.map(({ language, permissions }) => (
              <div key={language.code} className="compare-column-head">
                <Link className="compare-language-name" href={`/documents/${document.slug}/${language.code}`}>
                  {nameOf(language.code)}
                </Link>
                <span className="muted" lang={language.code} dir={language.direction}>
                  {language.nativeName}
                </span>
                {!permissions.translate && <span className="muted small">{t('compare.readOnly')}</span>}
              </div>
            ))}
          </div>
          {shown.map((paragraph) => (
            <section
              key={paragraph.id}
              className={`compare-row kind-${paragraph.kind}`}
              aria-label={t('paragraph.label', { n: paragraph.position })}
              id={`p${paragraph.position}`}
              // The editor's Esc leaves the text box for its row, as in the workbench.
              tabIndex={-1}
              data-paragraph-row
            >
              <ParagraphSource
                paragraph={paragraph}
                canEdit={canReview}
                // Glossary terms are per language and a click inserts into every box of the row
                // listening for it: with several languages on screen that would be the wrong text.
                glossary={[]}
                className="compare-source"
              />
              {byLanguage.map(({ language, permissions, checks, byId }) => {
                const state = byId.get(paragraph.id);
                return (
                  <div key={language.code} className="compare-cell" role="group" aria-label={nameOf(language.code)}>
                    {state && (
                      <ParagraphTranslation
                        paragraph={state}
                        language={language}
                        canTranslate={permissions.translate}
                        canReview={permissions.review}
                        checks={checks[state.id] ?? []}
                      />
                    )}
                  </div>
                );
              })}
            </section>
          ))}
        </div>
        {pager}
      </div>
    </LiveDocument>
  );
}
