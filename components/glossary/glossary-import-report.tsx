'use client';
// What a glossary import did or would do: the new terms, each changed term old → new, how many
// stay as they are, and the entries left out with why.
import { useT } from '@/components/i18n/use-t';
import type { GlossaryImportReport } from '@/lib/api/glossary';
import type { GlossaryLanguage } from './glossary-editor-state';

type Values = GlossaryImportReport['created'][number];

export function GlossaryImportReportView({ report, language }: { report: GlossaryImportReport; language: GlossaryLanguage }) {
  const { t } = useT();
  const target = { lang: language.code, dir: language.direction };
  const shown = (values: Omit<Values, 'line'>) => (values.doNotTranslate ? t('glossary.keep') : values.target);
  return (
    <section aria-label={report.dryRun ? t('glossary.importPreview') : t('glossary.imported')} className="import-report">
      <h3>{report.dryRun ? t('glossary.importPreview') : t('glossary.imported')}</h3>
      <p role="status">{t('glossary.importSummary', report.counts)}</p>
      {report.notices.map((notice) => (
        <p key={notice} className="notice small">
          {notice}
        </p>
      ))}
      {report.created.length > 0 && (
        <>
          <h4>{t('glossary.newTerms')}</h4>
          <ul aria-label={t('glossary.newTerms')}>
            {report.created.map((term) => (
              <li key={term.line}>
                <strong>{term.source}</strong> → <ins {...target}>{shown(term)}</ins>
                {term.note && <span className="muted"> ({term.note})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.changed.length > 0 && (
        <>
          <h4>{t('glossary.changedTerms')}</h4>
          <ul aria-label={t('glossary.changedTerms')}>
            {report.changed.map(({ line, before, after }) => (
              <li key={line}>
                <strong>{after.source}</strong>:{' '}
                {shown(before) !== shown(after) && (
                  <span {...target}>
                    <del>{shown(before)}</del> → <ins>{shown(after)}</ins>
                  </span>
                )}
                {before.note !== after.note && (
                  <span>
                    {' '}
                    {t('glossary.note')}: <del>{before.note ?? '—'}</del> → <ins>{after.note ?? '—'}</ins>
                  </span>
                )}
                {before.source !== after.source && (
                  <span>
                    {' '}
                    <del>{before.source}</del> → <ins>{after.source}</ins>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.problems.length > 0 && (
        <>
          <h4>{t('glossary.problems')}</h4>
          <ul aria-label={t('glossary.problems')}>
            {report.problems.map((problem) => (
              <li key={`${problem.line}-${problem.reason}`}>
                <strong>{t('glossary.line', { line: problem.line })}</strong>
                {problem.source && <> ({problem.source})</>}: <span className="muted">{problem.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
