// The quality checks of a paragraph's translation: errors (which block approval) and warnings,
// each a sentence that says what to fix.
import type { QaIssue } from '@/lib/qa';

export function QualityChecks({ issues, position }: { issues: QaIssue[]; position: number }) {
  if (issues.length === 0) return null;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <section aria-label={`Quality checks of paragraph ${position}`} className="quality-checks">
      <ul className="qa-list">
        {issues.map((issue, index) => (
          <li key={`${issue.check}-${index}`} className={`qa-${issue.severity}`} data-check={issue.check}>
            <span className="visually-hidden">{issue.severity === 'error' ? 'Error' : 'Warning'}: </span>
            {issue.message}
          </li>
        ))}
      </ul>
      {errors > 0 && <p className="muted small">Errors block approval until they are fixed or an editor overrides them with a reason.</p>}
    </section>
  );
}
