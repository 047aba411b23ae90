'use client';
// Choosing a TBX or CSV glossary file, previewing its import (a dry run: new terms, each change
// old → new, what stays, what is left out) and applying it; the list above then shows the terms.
import { useRouter } from 'next/navigation';
import { useReducer, type FormEvent } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import { GLOSSARY_FORMATS, MAX_GLOSSARY_BYTES } from '@/lib/formats/glossary-file';
import { failureText } from '@/lib/clients/api-call';
import { sendGlossaryImport } from '@/lib/clients/glossary';
import type { GlossaryLanguage } from './glossary-editor-state';
import { GlossaryImportReportView } from './glossary-import-report';
import { glossaryImportReducer, initialGlossaryImport } from './glossary-import-state';

export function GlossaryImportForm({ language }: { language: GlossaryLanguage }) {
  const { t } = useT();
  const router = useRouter();
  const [{ file, format, phase, report, error }, dispatch] = useReducer(glossaryImportReducer, initialGlossaryImport);

  async function preview(event: FormEvent) {
    event.preventDefault();
    if (!file) return dispatch({ type: 'refused', message: t('glossary.chooseFile') });
    if (file.size > MAX_GLOSSARY_BYTES) return dispatch({ type: 'refused', message: t('glossary.tooLarge', { size: MAX_GLOSSARY_BYTES / 1024 / 1024 }) });
    dispatch({ type: 'previewStarted' });
    const outcome = await sendGlossaryImport(language.code, format, file, { dryRun: true });
    dispatch(outcome.ok ? { type: 'previewed', report: outcome.value } : { type: 'previewFailed', message: failureText(t, outcome) });
  }

  async function apply() {
    if (!file) return;
    dispatch({ type: 'applyStarted' });
    const outcome = await sendGlossaryImport(language.code, format, file, { dryRun: false });
    if (!outcome.ok) return dispatch({ type: 'applyFailed', message: failureText(t, outcome) });
    dispatch({ type: 'applied', report: outcome.value });
    router.refresh();
  }

  const busy = phase === 'previewing' || phase === 'applying';
  return (
    <section aria-label={t('glossary.importSection')} className="card">
      <h2>{t('glossary.importSection')}</h2>
      <ScriptedForm onSubmit={preview} className="xliff-import-form">
        <label>
          {t('glossary.file')}
          <input type="file" accept=".tbx,.csv,.xml,text/csv,application/x-tbx" onChange={(event) => dispatch({ type: 'fileChosen', file: event.target.files?.[0] ?? null })} />
        </label>
        <fieldset>
          <legend>{t('glossary.format')}</legend>
          {GLOSSARY_FORMATS.map((candidate) => (
            <label key={candidate} className="checkbox">
              <input type="radio" name="format" value={candidate} checked={format === candidate} onChange={() => dispatch({ type: 'formatChosen', format: candidate })} />{' '}
              {candidate.toUpperCase()}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          {t('glossary.previewImport')}
        </button>
      </ScriptedForm>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {report && <GlossaryImportReportView report={report} language={language} />}
      {report && phase === 'previewed' && report.counts.created + report.counts.changed > 0 && (
        <p>
          <button type="button" onClick={apply}>
            {t('glossary.importApply')}
          </button>
        </p>
      )}
      {phase === 'applying' && <p className="muted">{t('glossary.importing')}</p>}
    </section>
  );
}
