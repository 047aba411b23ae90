'use client';
// A word diff as React elements: deleted words in <del>, inserted words in <ins>, every part a
// text child (never HTML), with a one-line summary for screen readers.
import { useT } from '@/components/i18n/use-t';
import { countDiffWords, type DiffPart } from '@/lib/word-diff';

export function WordDiffView({
  changes,
  lang,
  dir = 'ltr',
  label,
}: {
  changes: DiffPart[];
  lang: string;
  dir?: 'ltr' | 'rtl';
  label?: string;
}) {
  const { t } = useT();
  const { removed, added } = countDiffWords(changes, lang);
  const summary =
    removed || added
      ? [removed && t('diff.removed', { count: removed }), added && t('diff.added', { count: added })].filter(Boolean).join(', ')
      : t('diff.none');
  return (
    <div className="word-diff" lang={lang} dir={dir}>
      <span className="visually-hidden">
        {label ? `${label}: ` : ''}
        {summary}.
      </span>
      {changes.map((part, index) =>
        part.added ? (
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}
