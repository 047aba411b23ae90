'use client';
// Choosing an XLIFF file, previewing its import (a dry run: the word diff of every paragraph it
// would change, and what it would skip and why), and applying it.
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { TFunction } from 'i18next';
import { formatNumber, languageName } from '@/lib/i18n/format';
import { failureText } from '@/lib/clients/api-call';
import { sendXliffImport } from '@/lib/clients/interchange';
import { SKIP_REASON_KEYS, type ImportUnitReport, type XliffImportReport } from '@/lib/xliff/import-report';
import { MAX_XLIFF_BYTES } from '@/lib/xliff/xliff-format';
import { WordDiffView } from '../diff/word-diff-view';

type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };
type Phase = 'idle' | 'previewing' | 'previewed' | 'applying' | 'applied';

export function XliffImportForm({ slug, language }: { slug: string; language: Language }) {
  const { t, i18n } = useT();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<XliffImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function preview(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setReport(null);
    if (!file) return setError(t('interchange.chooseFile'));
    if (file.size > MAX_XLIFF_BYTES) return setError(t('interchange.tooLarge', { size: formatNumber(MAX_XLIFF_BYTES / 1024 / 1024, i18n.language) }));
    setPhase('previewing');
    const outcome = await sendXliffImport(slug, language.code, file, { dryRun: true });
    if (!outcome.ok) {
      setPhase('idle');
      return setError(failureText(t, outcome));
    }
    setReport(outcome.value);
    setPhase('previewed');
  }

  async function apply() {
    if (!file) return;
    setError(null);
    setPhase('applying');
    const outcome = await sendXliffImport(slug, language.code, file, { dryRun: false });
    if (!outcome.ok) {
      setPhase('previewed');
      return setError(failureText(t, outcome));
    }
    setReport(outcome.value);
    setPhase('applied');
  }

  return (
    <div className="xliff-import">
      <form onSubmit={preview} className="xliff-import-form">
        <label>
          {t('interchange.file')}
          <input
            type="file"
            accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
              setPhase('idle');
            }}
          />
        </label>
        <button type="submit" disabled={phase === 'previewing' || phase === 'applying'}>
          {t('interchange.preview')}
        </button>
      </form>
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

function ImportReportView({ report, language }: { report: XliffImportReport; language: Language }) {
  const { t, i18n } = useT();
  const changes = report.units.filter((unit): unit is Extract<ImportUnitReport, { outcome: 'created' }> => unit.outcome === 'created');
  const skipped = report.units.filter((unit): unit is Extract<ImportUnitReport, { outcome: 'skipped' }> => unit.outcome === 'skipped');
  const unchanged = report.units.flatMap((unit) => (unit.outcome === 'unchanged' ? [unit.position] : []));
  const skippedHeading = useId();
  return (
    <section aria-label={report.dryRun ? t('interchange.previewTitle') : t('interchange.result')} className="import-report">
      <h2>{report.dryRun ? t('interchange.previewTitle') : t('interchange.imported')}</h2>
      <p role="status">{summary(report, languageName(language.code, i18n.language), t)}</p>
      {changes.length > 0 && (
        <>
          <h3>{report.dryRun ? t('interchange.willChange') : t('interchange.changed')}</h3>
          <ol className="import-changes">
            {changes.map((unit) => (
              <li key={unit.unitId}>
                <section aria-label={t('paragraph.label', { n: unit.position })} className="import-change">
                  <p className="paragraph-meta">
                    <span className="paragraph-number">{unit.position}</span>{' '}
                    {unit.before === null ? t('interchange.newTranslation') : t('interchange.changedTranslation')}
                  </p>
                  {unit.translationChangedSinceExport && (
                    <p className="notice small">{t('interchange.changedSinceExport')}</p>
                  )}
                  <WordDiffView changes={unit.changes} lang={language.code} dir={language.direction} label={t('paragraph.label', { n: unit.position })} />
                </section>
              </li>
            ))}
          </ol>
        </>
      )}
      {skipped.length > 0 && (
        <>
          <h3 id={skippedHeading}>{t('interchange.skipped', { n: skipped.length })}</h3>
          <ul className="import-skipped" aria-labelledby={skippedHeading}>
            {skipped.map((unit) => (
              <li key={unit.unitId}>
                <strong>{unit.position === null ? t('interchange.unit', { id: unit.unitId }) : t('paragraph.label', { n: unit.position })}</strong>: {t(SKIP_REASON_KEYS[unit.reason])}.{' '}
                <span className="muted">{unit.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {/* Unchanged paragraphs are neither changed nor skipped: said apart, so each list matches its count. */}
      {unchanged.length > 0 && (
        <p className="import-unchanged">
          <strong>{t('interchange.noChange')}</strong>: {t('interchange.unchangedParagraphs', { count: unchanged.length, list: positionRanges(unchanged) })}
        </p>
      )}
    </section>
  );
}

function summary({ dryRun, counts }: XliffImportReport, language: string, t: TFunction): string {
  const rest = t('interchange.rest', { unchanged: counts.unchanged, skipped: counts.skipped });
  if (dryRun) {
    return counts.created === 0
      ? t('interchange.nothingToImport', { rest })
      : t('interchange.willCreate', { count: counts.created, language, rest });
  }
  return t('interchange.importedSummary', { count: counts.created, rest });
}

/** "1–4, 6, 8–25": paragraph numbers in ascending runs. */
function positionRanges(positions: number[]): string {
  const sorted = [...positions].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const position of sorted) {
    const last = runs.at(-1);
    if (last && position === last[1] + 1) last[1] = position;
    else runs.push([position, position]);
  }
  return runs.map(([first, last]) => (first === last ? String(first) : `${first}–${last}`)).join(', ');
}
