'use client';
// The text a three-way merge would give, as it stands: merged parts plainly, each decided
// conflict marked, each open one as a placeholder that says so.
import { useId } from 'react';
import { useT } from '@/components/i18n/use-t';
import { mergedHunkText, type MergeHunk } from '@/lib/three-way-merge';

type Language = { code: string; direction: 'ltr' | 'rtl' };

export function MergePreview({ hunks, chosen, language }: { hunks: MergeHunk[]; chosen: Array<string | undefined>; language: Language }) {
  const { t } = useT();
  const headingId = useId();
  let conflict = 0;
  return (
    <section className="merge-preview" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('conflict.merged')}</h4>
      <p className="conflict-text" lang={language.code} dir={language.direction}>
        {hunks.map((hunk, index) => {
          if (!hunk.conflict) return <span key={index}>{mergedHunkText(hunk)}</span>;
          const n = ++conflict;
          const text = chosen[n - 1];
          return text === undefined ? (
            <span key={index} className="conflict-pending">
              {t('conflict.pending', { n })}
            </span>
          ) : (
            <mark key={index}>{text}</mark>
          );
        })}
      </p>
    </section>
  );
}
