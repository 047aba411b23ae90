'use client';
// Pasting the story's new text, previewing how its paragraphs line up with the current ones (a
// dry run: unchanged runs collapsed, edits as word diffs, new, removed and moved paragraphs), and
// applying it. The states are lib/source-update-form.ts's reducer.
import Link from 'next/link';
import { useReducer, type FormEvent } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import type { SourceUpdateParagraph, SourceUpdateReport } from '@/lib/api/document-source';
import { ARTICLE_FORMATS, type ArticleFormat } from '@/lib/article-import/types';
import { formatNumber, languageName } from '@/lib/i18n/format';
import { ALIGNMENT_OUTCOMES } from '@/lib/source-alignment';
import { sendSourceUpdate } from '@/lib/clients/source-update';
import { errorText, hasChanges, initialSourceUpdate, positionRanges, previewItems, sourceUpdateReducer } from '@/lib/source-update-form';
import { WordDiffView } from '../diff/word-diff-view';

export function SourceUpdateForm({ slug, lang, sourceLang, revision }: { slug: string; lang: string; sourceLang: string; revision: number }) {
  const { t, i18n } = useT();
  const [state, dispatch] = useReducer(sourceUpdateReducer, revision, initialSourceUpdate);
  const { phase, report, error } = state;
  const busy = phase === 'previewing' || phase === 'applying';
  const source = languageName(sourceLang, i18n.language);

  async function send(dryRun: boolean) {
    dispatch({ type: dryRun ? 'previewStarted' : 'applyStarted' });
    const outcome = await sendSourceUpdate(slug, { format: state.format, content: state.content, baseRevision: state.baseRevision }, { dryRun });
    dispatch(outcome.ok ? { type: 'answered', report: outcome.value } : { type: 'failed', failure: outcome });
  }

  function preview(event: FormEvent) {
    event.preventDefault();
    void send(true);
  }

  return (
    <div className="source-update">
      <ScriptedForm onSubmit={preview} className="source-update-form">
        <label>
          {t('sourceUpdate.format')}{' '}
          <select value={state.format} onChange={(event) => dispatch({ type: 'formatChosen', format: event.target.value as ArticleFormat })}>
            {ARTICLE_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`sourceUpdate.formats.${format}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="source-update-text">
          {t('sourceUpdate.text')}
          <textarea
            lang={sourceLang}
            dir="ltr"
            rows={14}
            spellCheck={false}
            value={state.content}
            onChange={(event) => dispatch({ type: 'edited', content: event.target.value })}
          />
        </label>
        <p className="muted small">{t('sourceUpdate.revision', { revision: state.baseRevision, language: source })}</p>
        <button type="submit" disabled={busy}>
          {t('sourceUpdate.preview')}
        </button>
      </ScriptedForm>
      {error && (
        <p role="alert" className="error">
          {errorText(t, error, (n) => formatNumber(n, i18n.language))}
        </p>
      )}
      {phase === 'previewing' && <p className="muted">{t('sourceUpdate.previewing')}</p>}
      {report && <UpdateReport report={report} sourceLang={sourceLang} />}
      {phase === 'previewed' && report && hasChanges(report) && (
        <p>
          <button type="button" onClick={() => void send(false)}>
            {t('sourceUpdate.apply')}
          </button>
        </p>
      )}
      {phase === 'applying' && <p className="muted">{t('sourceUpdate.applying')}</p>}
      {phase === 'applied' && (
        <p>
          <Link href={`/documents/${slug}/${lang}`}>{t('workbench.back', { language: languageName(lang, i18n.language) })}</Link>
        </p>
      )}
    </div>
  );
}

function UpdateReport({ report, sourceLang }: { report: SourceUpdateReport; sourceLang: string }) {
  const { t, i18n } = useT();
  const source = languageName(sourceLang, i18n.language);
  const counts = ALIGNMENT_OUTCOMES.map((outcome) => `${t(`sourceUpdate.outcome.${outcome}`)}: ${formatNumber(report[outcome], i18n.language)}`).join(' · ');
  return (
    <section aria-label={report.dryRun ? t('sourceUpdate.previewTitle') : t('sourceUpdate.resultTitle')} className="import-report source-update-report">
      <h2>{report.dryRun ? t('sourceUpdate.previewTitle') : t('sourceUpdate.resultTitle')}</h2>
      <p role="status">
        {!hasChanges(report) ? t('sourceUpdate.nothing') : report.dryRun ? counts : `${t('sourceUpdate.applied', { language: source, revision: report.revision })} ${counts}`}
      </p>
      {report.paragraphs && (
        <ol className="import-changes">
          {previewItems(report.paragraphs).map((item) =>
            item.type === 'unchanged' ? (
              <li key={`unchanged-${item.paragraphs[0].newPosition}`} className="source-update-unchanged">
                <details>
                  <summary>
                    {t('sourceUpdate.unchangedRun', { count: item.paragraphs.length, list: positionRanges(item.paragraphs.map((p) => p.newPosition!)) })}
                  </summary>
                  {item.paragraphs.map((paragraph) => (
                    <p key={paragraph.newPosition} lang={sourceLang} dir="ltr">
                      <span className="paragraph-number">{paragraph.newPosition}</span> {paragraph.text}
                    </p>
                  ))}
                </details>
              </li>
            ) : (
              <li key={`${item.paragraph.outcome}-${item.paragraph.oldPosition}-${item.paragraph.newPosition}`}>
                <PreviewParagraph paragraph={item.paragraph} sourceLang={sourceLang} />
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}

function PreviewParagraph({ paragraph, sourceLang }: { paragraph: SourceUpdateParagraph; sourceLang: string }) {
  const { t } = useT();
  const removed = paragraph.outcome === 'removed';
  const label = removed ? t('sourceUpdate.removedLabel', { n: paragraph.oldPosition }) : t('paragraph.label', { n: paragraph.newPosition });
  return (
    <section aria-label={label} className={`import-change source-update-${paragraph.outcome}`}>
      <p className="paragraph-meta">
        <span className="paragraph-number">{removed ? paragraph.oldPosition : paragraph.newPosition}</span> {t(`sourceUpdate.outcome.${paragraph.outcome}`)}
        {paragraph.outcome === 'moved' && ` · ${t('sourceUpdate.movedFrom', { from: paragraph.oldPosition })}`}
      </p>
      {paragraph.changes ? (
        <WordDiffView changes={paragraph.changes} lang={sourceLang} label={label} />
      ) : (
        <p className="word-diff" lang={sourceLang} dir="ltr">
          {paragraph.outcome === 'added' ? <ins>{paragraph.text}</ins> : removed ? <del>{paragraph.text}</del> : paragraph.text}
        </p>
      )}
    </section>
  );
}
