'use client';
// The filters (toggle buttons with their counts) and the search box with its match count and
// next / previous match. Enter in the box goes to the next match, Shift+Enter to the previous.
import { useT } from '@/components/i18n/use-t';
import { filterCounts, matchesFilter, WORK_FILTERS, type WorkFilter } from '@/lib/workbench-find';
import { useFind } from './find-work-context';

export function FindToolbar({ onFilter }: { onFilter: (filter: WorkFilter | null) => void }) {
  const { t } = useT();
  const find = useFind()!;
  const { state, dispatch, matches, current, rows } = find;
  const counts = filterCounts(rows);
  const options: Array<[WorkFilter | null, number]> = [[null, rows.length], ...WORK_FILTERS.map((filter): [WorkFilter, number] => [filter, counts[filter]])];
  const step = (direction: 1 | -1) => dispatch({ type: 'matchStepped', step: direction });
  const searching = state.query.trim() !== '';
  const noneShown = state.filter !== null && !rows.some((row) => matchesFilter(row, state.filter));

  return (
    <div className="find-toolbar">
      <div role="group" aria-label={t('find.filters')} className="find-filters">
        {options.map(([filter, count]) => (
          <button key={filter ?? 'all'} type="button" className="button-quiet button-small" aria-pressed={state.filter === filter} onClick={() => onFilter(filter)}>
            {t(`find.filter.${filter ?? 'all'}`)} <span className="find-count">{count}</span>
          </button>
        ))}
      </div>
      <div role="search" className="find-search">
        <input
          type="search"
          aria-label={t('find.search')}
          placeholder={t('find.searchPlaceholder')}
          value={state.query}
          onChange={(event) => dispatch({ type: 'queryChanged', query: event.target.value })}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }}
        />
        <span role="status" className="muted small">
          {searching && (current ? t('find.matchOf', { current: matches.indexOf(current) + 1, total: matches.length }) : t('find.noMatches'))}
        </span>
        <button type="button" className="button-quiet button-small" disabled={matches.length === 0} onClick={() => step(-1)}>
          {t('find.previousMatch')}
        </button>
        <button type="button" className="button-quiet button-small" disabled={matches.length === 0} onClick={() => step(1)}>
          {t('find.nextMatch')}
        </button>
      </div>
      {noneShown && <p className="muted small">{t('find.noneOnPage')}</p>}
    </div>
  );
}
