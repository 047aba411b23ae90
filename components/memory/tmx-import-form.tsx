'use client';
// Choosing a TMX file, previewing its import (a dry run: how many pairs it would add, how many the
// memory already has, what it would skip and why), and importing it.
import { useReducer, type FormEvent } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/clients/api-call';
import { sendTmxImport } from '@/lib/clients/memory';
import { formatNumber } from '@/lib/i18n/format';
import { MAX_TMX_BYTES } from '@/lib/tmx/tmx-format';
import { canApply, initialTmxImport, skippedCount, tmxImportReducer } from './tmx-import-state';

export function TmxImportForm() {
  const { t, i18n } = useT();
  const [state, dispatch] = useReducer(tmxImportReducer, initialTmxImport);
  const { file, phase, report, error } = state;

  async function preview(event: FormEvent) {
    event.preventDefault();
    if (!file) return dispatch({ type: 'refused', message: t('memoryTmx.chooseFile') });
    if (file.size > MAX_TMX_BYTES) return dispatch({ type: 'refused', message: t('memoryTmx.tooLarge', { size: formatNumber(MAX_TMX_BYTES / 1024 / 1024, i18n.language) }) });
    dispatch({ type: 'previewStarted' });
    const outcome = await sendTmxImport(file, { dryRun: true });
    dispatch(outcome.ok ? { type: 'previewed', report: outcome.value } : { type: 'previewFailed', message: failureText(t, outcome) });
  }

  async function apply() {
    if (!file) return;
    dispatch({ type: 'applyStarted' });
    const outcome = await sendTmxImport(file, { dryRun: false });
    dispatch(outcome.ok ? { type: 'applied', report: outcome.value } : { type: 'applyFailed', message: failureText(t, outcome) });
  }

  const counts = report && {
    imported: formatNumber(report.imported, i18n.language),
    duplicates: formatNumber(report.duplicates, i18n.language),
    skipped: formatNumber(skippedCount(report), i18n.language),
  };
  return (
    <section aria-labelledby="tmx-import-title">
      <h3 id="tmx-import-title">{t('memoryTmx.importTitle')}</h3>
      <ScriptedForm onSubmit={preview} className="term-form">
        <label>
          {t('memoryTmx.file')}
          <input type="file" accept=".tmx,.xml,application/x-tmx+xml,application/xml,text/xml" onChange={(event) => dispatch({ type: 'fileChosen', file: event.target.files?.[0] ?? null })} />
        </label>
        <button type="submit" disabled={phase === 'previewing' || phase === 'applying'}>
          {t('memoryTmx.preview')}
        </button>
      </ScriptedForm>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {report && counts && (
        <div role="status">
          <p>{t(phase === 'applied' ? 'memoryTmx.appliedSummary' : 'memoryTmx.previewSummary', counts)}</p>
          {report.skipped.length > 0 && (
            <ul className="muted small">
              {report.skipped.map((entry) => (
                <li key={`${entry.reason}-${entry.language}`}>
                  {t(`memoryTmx.reason.${entry.reason}`)}
                  {entry.language ? ` (${entry.language})` : ''}: {formatNumber(entry.count, i18n.language)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {canApply(state) && (
        <p>
          <button type="button" onClick={apply}>
            {t('memoryTmx.import')}
          </button>
        </p>
      )}
      {phase === 'applying' && <p className="muted">{t('memoryTmx.importing')}</p>}
    </section>
  );
}
