// The workbench: the article in reading order, English on the left and one target language on
// the right, one row per paragraph.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { languageLabel, languageName } from '@/lib/i18n/format';
import { pageOf } from '@/lib/workbench-pages';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { getWorkbench } from '@/lib/server/documents/get-workbench';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { StatusBar } from '../documents/status-bar';
import { KeyboardShortcutsDialog } from './keyboard-shortcuts-dialog';
import { LiveDocument } from './live-document';
import { FindWork } from './find-work';
import { FindableRow } from './findable-row';
import { ParagraphRow } from './paragraph-row';
import { WorkbenchPager } from './workbench-pager';
import { PublishEditionButton } from './publish-edition-button';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

export async function WorkbenchView({
  slug,
  lang,
  page: pageParam,
  jumpTo,
  filter,
}: {
  slug: string;
  lang: string;
  page?: string;
  jumpTo?: string;
  filter?: string;
}) {
  const basePath = `/documents/${slug}/${lang}`;
  const actor = await requirePageActor(basePath);
  const { document, language, paragraphs: shown, paragraphCount, statusCounts: counts, needsWorkElsewhere, permissions, checks, glossary, page } = await orNotFound(
    getWorkbench({ slug, lang, page: pageParam, actor }),
  );
  if (jumpTo) {
    const position = Math.min(Math.max(Number.parseInt(jumpTo, 10) || 1, 1), paragraphCount);
    redirect(`${basePath}?page=${pageOf(position)}#p${position}`);
  }
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const name = (code: string) => languageLabel(code, ui);
  const facts = shown.map((paragraph) => ({
    position: paragraph.position,
    status: paragraph.status,
    qaErrors: (checks[paragraph.id] ?? []).filter((issue) => issue.severity === 'error').length,
    openThreads: paragraph.openThreads,
    mine: paragraph.translation?.authorId === actor.id,
  }));
  const glossaryTerms = glossary.map(({ source, target, doNotTranslate, note }) => ({ source, target, doNotTranslate, note }));

  return (
    <LiveDocument slug={document.slug} userId={actor.id} paragraphIds={shown.map((paragraph) => paragraph.id)} langs={[language.code]}>
      <div className="workbench">
        <UnsavedChangesGuard />
        <KeyboardShortcutsDialog />
        <header className="workbench-header">
          <p className="muted">
            <Link href="/">{t('header.documents')}</Link> / {name(language.code)}
          </p>
          <h1 lang={document.sourceLang} dir="ltr">
            {document.title}
          </h1>
          <nav aria-label={t('workbench.targetLanguage')} className="language-switch">
            {document.languages.map((candidate) => (
              <Link
                key={candidate.code}
                href={`/documents/${document.slug}/${candidate.code}`}
                aria-current={candidate.code === language.code ? 'page' : undefined}
              >
                {name(candidate.code)}
              </Link>
            ))}
          </nav>
          <StatusBar counts={counts} />
          <nav aria-label={t('workbench.document')} className="document-links">
            <Link href={`/documents/${document.slug}/${language.code}/review`}>{t('workbench.reviewQueue', { count: counts.in_review + counts.outdated })}</Link>
            <Link href={`/read/${document.slug}/${language.code}`}>{t('workbench.published')}</Link>
            <Link href={`/documents/${document.slug}/activity`}>{t('workbench.activity')}</Link>
            <Link href={`/documents/${document.slug}/compare`}>{t('workbench.compare')}</Link>
            <Link href={`/documents/${document.slug}/${language.code}/export`}>{t('workbench.export')}</Link>
            {permissions.translate && <Link href={`/documents/${document.slug}/${language.code}/import`}>{t('workbench.import')}</Link>}
            {permissions.editSource && <Link href={`${basePath}/source`}>{t('sourceUpdate.open', { language: languageName(document.sourceLang, ui) })}</Link>}
          </nav>
          {permissions.review && (
            <PublishEditionButton slug={document.slug} lang={language.code} languageName={name(language.code)} notApproved={paragraphCount - counts.approved} />
          )}
          <p className="keys-hint">
            {t('workbench.keysHint')}
          </p>
          {!permissions.translate && (
            <p className="notice">{t('workbench.readOnly')}</p>
          )}
        </header>
        <FindWork rows={facts} lang={language.code} basePath={basePath} paragraphCount={paragraphCount} needsWorkElsewhere={needsWorkElsewhere} filter={filter ?? null}>
          <div className="paragraph-columns" aria-hidden="true">
            <span>{name('en')}</span>
            <span>{name(language.code)}</span>
          </div>
          <WorkbenchPager basePath={basePath} page={page.number} paragraphs={paragraphCount} />
          <ol className="paragraphs">
            {shown.map((paragraph, index) => (
              <FindableRow key={paragraph.id} facts={facts[index]} editorId={`${paragraph.id}:${language.code}`}>
                <ParagraphRow
                  paragraph={paragraph}
                  language={language}
                  canTranslate={permissions.translate}
                  canReview={permissions.review}
                  checks={checks[paragraph.id] ?? []}
                  glossary={glossaryTerms}
                />
              </FindableRow>
            ))}
          </ol>
          {paragraphCount > shown.length && <WorkbenchPager basePath={basePath} page={page.number} paragraphs={paragraphCount} />}
        </FindWork>
      </div>
    </LiveDocument>
  );
}
