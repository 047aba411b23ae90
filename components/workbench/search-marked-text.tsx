'use client';
// A text with the workbench search's matches in <mark> elements, built from text ranges (never
// HTML); the current match is scrolled into view. The English shows its usual rendering
// (`children`) when nothing matches; the translation, whose box cannot hold marks, shows a
// marked copy under the box only while it matches.
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '@/components/i18n/use-t';
import { searchRanges, splitAtRanges } from '@/lib/workbench-find';
import { useFind, useRowFind } from './find-work-context';
import type { SearchField } from './find-work-state';

export function SearchMarkedText({ field, text, lang, children }: { field: SearchField; text: string; lang?: string; children?: ReactNode }) {
  const { t } = useT();
  const find = useFind();
  const row = useRowFind();
  const dispatch = find?.dispatch;
  const query = find?.state.query ?? '';
  const position = row?.position ?? 0;
  const searched = Boolean(row?.shown && query.trim() !== '');
  useEffect(() => {
    if (!dispatch || !position) return;
    dispatch({ type: 'textShown', position, field, text: searched ? text : null });
    return () => dispatch({ type: 'textShown', position, field, text: null });
  }, [dispatch, position, field, text, searched]);

  const current = find?.current;
  const currentIndex = current && current.position === position && current.field === field ? current.index : null;
  const currentMark = useRef<HTMLElement>(null);
  const step = find?.state.current;
  useEffect(() => {
    if (currentIndex !== null) currentMark.current?.scrollIntoView({ block: 'center' });
  }, [currentIndex, step, query]);

  const ranges = searched ? searchRanges(text, query) : [];
  if (ranges.length === 0) return field === 'source' ? <>{children ?? text}</> : null;
  const marked = splitAtRanges(text, ranges).map((piece, index) =>
    piece.match === null ? (
      piece.text
    ) : (
      <mark key={index} ref={piece.match === currentIndex ? currentMark : undefined} className={piece.match === currentIndex ? 'current' : undefined}>
        {piece.text}
      </mark>
    ),
  );
  if (field === 'source') return <>{marked}</>;
  return (
    <p className="search-in-translation small" lang={lang}>
      <span className="muted">{t('find.inTranslation')} </span>
      {marked}
    </p>
  );
}
