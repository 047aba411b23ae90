'use client';
// The workbench's keys for moving to the work, from anywhere on the page and from inside a
// translation box (lib/workbench-find.ts's workKeyOf says which): Ctrl+Enter (the box saves it)
// then moves to the next paragraph that needs work, Ctrl+S only saves (the box does it; here the
// browser's "Save page" is kept away), Alt+PageDown / Alt+PageUp jump to the next / previous
// paragraph that needs work, Ctrl+G asks for a paragraph number, Ctrl+H opens the History.
import { useEffect, type Dispatch } from 'react';
import { nextNeedingWork, workKeyOf, type RowFacts } from '@/lib/workbench-find';
import type { FindAction } from './find-work-state';
import { focusParagraph, isRowShown, positionOf } from './paragraph-focus';

export function useWorkKeys({ rows, dispatch }: { rows: RowFacts[]; dispatch: Dispatch<FindAction> }) {
  useEffect(() => {
    const moveToWork = (from: number | null, step: 1 | -1) => {
      const next = nextNeedingWork(rows.filter((row) => isRowShown(row.position)), from, step);
      if (next !== null) focusParagraph(next);
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const at = positionOf(target ?? document.activeElement);
      switch (workKeyOf(event, Boolean(target?.matches('textarea[data-translation-box]')))) {
        case 'saveAndNext':
          return moveToWork(at, 1);
        case 'save':
          return event.preventDefault();
        case 'nextWork':
        case 'previousWork':
          event.preventDefault();
          return moveToWork(at, event.key === 'PageDown' ? 1 : -1);
        case 'goTo':
          event.preventDefault();
          return dispatch({ type: 'goToOpened' });
        case 'history': {
          const history = target?.closest('[data-paragraph-row]')?.querySelector<HTMLButtonElement>('button[data-history-button]');
          if (!history) return;
          event.preventDefault();
          history.focus();
          if (history.getAttribute('aria-expanded') !== 'true') history.click();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, dispatch]);
}
