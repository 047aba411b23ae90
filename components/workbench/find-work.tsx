'use client';
// The workbench's finding tools around its rows: filters (kept in the URL's `filter` parameter,
// so a link keeps them), a search over the English and the translation, the keys that move to
// the work (use-work-keys.ts) and "Go to paragraph". The state is a reducer (find-work-state.ts).
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import type { RowFacts, WorkFilter } from '@/lib/workbench-find';
import { FindContext } from './find-work-context';
import { currentMatch, findReducer, initialFindState, matchesOf } from './find-work-state';
import { FindToolbar } from './find-toolbar';
import { GoToParagraphDialog } from './go-to-paragraph-dialog';
import { focusParagraph, isRowShown } from './paragraph-focus';
import { useWorkKeys } from './use-work-keys';

export function FindWork({
  rows,
  lang,
  basePath,
  paragraphCount,
  needsWorkElsewhere,
  filter: initialFilter,
  children,
}: {
  /** The rows of this page. */
  rows: RowFacts[];
  lang: string;
  basePath: string;
  paragraphCount: number;
  /** Paragraphs of other pages that need work: the keys go on to them. */
  needsWorkElsewhere: number[];
  filter: string | null;
  children: ReactNode;
}) {
  const router = useRouter();
  const [state, dispatch] = useReducer(findReducer, initialFilter, initialFindState);
  const urlFilter = useSearchParams().get('filter');
  useEffect(() => dispatch({ type: 'filterRead', value: urlFilter }), [urlFilter]);

  const chooseFilter = useCallback((filter: WorkFilter | null) => {
    dispatch({ type: 'filterChosen', filter });
    const url = new URL(window.location.href);
    if (filter) url.searchParams.set('filter', filter);
    else url.searchParams.delete('filter');
    url.hash = '';
    window.history.replaceState(null, '', url);
  }, []);

  /** Paragraph N: on this page (showing it when the filter hides it), or the page that holds it. */
  const goTo = useCallback(
    (position: number) => {
      if (document.getElementById(`p${position}`)) {
        if (!isRowShown(position)) chooseFilter(null);
        requestAnimationFrame(() => focusParagraph(position));
      } else {
        router.push(`${basePath}?paragraph=${Math.min(Math.max(position, 1), paragraphCount)}`);
      }
    },
    [basePath, paragraphCount, router, chooseFilter],
  );

  useWorkKeys({ rows, elsewhere: needsWorkElsewhere, goTo, dispatch });
  const matches = useMemo(() => matchesOf(state), [state]);
  const value = useMemo(() => ({ state, dispatch, matches, current: currentMatch(state, matches), rows, lang }), [state, matches, rows, lang]);

  return (
    <FindContext.Provider value={value}>
      <FindToolbar onFilter={chooseFilter} />
      {children}
      <GoToParagraphDialog open={state.goToOpen} max={paragraphCount} onClose={() => dispatch({ type: 'goToClosed' })} onGo={goTo} />
    </FindContext.Provider>
  );
}
