'use client';
// Choosing an XLIFF file, previewing its import (a dry run: the word diff of every paragraph it
// would change, and what it would skip and why), and applying it.
import Link from 'next/link';
import { useReducer, type FormEvent } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import { formatNumber, languageName } from '@/lib/i18n/format';
import { failureText } from '@/lib/clients/api-call';
import { sendXliffImport } from '@/lib/clients/interchange';
import { MAX_XLIFF_BYTES } from '@/lib/xliff/xliff-format';
import { ImportReportView } from './import-report-view';
import { initialXliffImport, xliffImportReducer, type ImportLanguage } from './xliff-import-state';

export function XliffImportForm({ slug, language }: { slug: string; language: ImportLanguage }) {
  const { t, i18n } = useT();
  const [{ file, phase, report, error }, dispatch] = useReducer(xliffImportReducer, initialXliffImport);

  async function preview(event: FormEvent) {
    event.preventDefault();
    if (!file) return dispatch({ type: 'refused', message: t('interchange.chooseFile') });
    if (file.size > MAX_XLIFF_BYTES) return dispatch({ type: 'refused', message: t('interchange.tooLarge', { size: formatNumber(MAX_XLIFF_BYTES / 1024 / 1024, i18n.language) }) });
    dispatch({ type: 'previewStarted' });
    const outcome = await sendXliffImport(slug, language.code, file, { dryRun: true });
    dispatch(outcome.ok ? { type: 'previewed', report: outcome.value } : { type: 'previewFailed', message: failureText(t, outcome) });
  }

  async function apply() {
    if (!file) return;
    dispatch({ type: 'applyStarted' });
    const outcome = await sendXliffImport(slug, language.code, file, { dryRun: false });
    dispatch(outcome.ok ? { type: 'applied', report: outcome.value } : { type: 'applyFailed', message: failureText(t, outcome) });
  }

  return (
    <div className="xliff-import">
      <ScriptedForm onSubmit={preview} className="xliff-import-form">
        <label>
          {t('interchange.file')}
          <input
            type="file"
            accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml"
            onChange={(event) => dispatch({ type: 'fileChosen', file: event.target.files?.[0] ?? null })}
          />
        </label>
        <button type="submit" disabled={phase === 'previewing' || phase === 'applying'}>
          {t('interchange.preview')}
        </button>
      </ScriptedForm>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {report && <ImportReportView report={report} language={language} />}
      {report && phase === 'previewed' && report.counts.created > 0 && (
        <p>
          <button type="button" onClick={apply}>
            {t('interchange.apply')}
          </button>
        </p>
      )}
      {phase === 'applying' && <p className="muted">{t('interchange.importing')}</p>}
      {report && phase === 'applied' && (
        <p>
          <Link href={`/documents/${slug}/${language.code}`}>{t('workbench.back', { language: languageName(language.code, i18n.language) })}</Link>
        </p>
      )}
    </div>
  );
}
