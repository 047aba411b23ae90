'use client';
// The quality checks of a paragraph's translation: errors (which block approval) and warnings,
// each a sentence that says what to fix, in the interface language.
import { useT } from '@/components/i18n/use-t';
import { qaCheckTitle, qaIssueText, type QaIssue } from '@/lib/qa/messages';

export function QualityChecks({ issues, position }: { issues: QaIssue[]; position: number }) {
  const { t } = useT();
  if (issues.length === 0) return null;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <section aria-label={t('qa.label', { n: position })} className="quality-checks">
      <ul className="qa-list">
        {issues.map((issue, index) => (
          <li key={`${issue.check}-${index}`} className={`qa-${issue.severity}`} data-check={issue.check}>
            <span className="visually-hidden">
              {t(issue.severity === 'error' ? 'qa.error' : 'qa.warning')} ({qaCheckTitle(t, issue.check)}):{' '}
            </span>
            {qaIssueText(t, issue)}
          </li>
        ))}
      </ul>
      {errors > 0 && <p className="muted small">{t('qa.blocks')}</p>}
    </section>
  );
}
