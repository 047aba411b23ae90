'use client';
// What an XLIFF import did or would do: the word diff of every paragraph it changes, what it
// skips and why, and which paragraphs it leaves as they are.
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useT } from '@/components/i18n/use-t';
import { languageName } from '@/lib/i18n/format';
import { SKIP_REASON_KEYS, type ImportUnitReport, type XliffImportReport } from '@/lib/xliff/import-report';
import { WordDiffView } from '../diff/word-diff-view';
import type { ImportLanguage } from './xliff-import-state';

export function ImportReportView({ report, language }: { report: XliffImportReport; language: ImportLanguage }) {
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
