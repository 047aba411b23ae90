'use client';
// The workbench's keys for moving to the work, from anywhere on the page and from inside a
// translation box (lib/workbench-find.ts's workKeyOf says which): Ctrl+Enter (the box saves it)
// then moves to the next paragraph that needs work once the save has landed (a refused save or
// a conflict keeps the person where the message is; see afterSave), Ctrl+S only saves (the box does it; here the
// browser's "Save page" is kept away), Alt+PageDown / Alt+PageUp jump to the next / previous
// paragraph that needs work, Ctrl+G asks for a paragraph number, Ctrl+H opens the History.
import { useEffect, useRef, type Dispatch } from 'react';
import { nextNeedingWork, workKeyOf, type RowFacts } from '@/lib/workbench-find';
import type { FindAction } from './find-work-state';
import { focusParagraph, isRowShown, positionOf } from './paragraph-focus';

/**
 * Calls `then` when the save the box in `row` has just started lands; never when it fails or
 * runs into a conflict. Reads the row's save state (editor-actions.tsx's data-save-state and
 * data-unsaved): with nothing unsaved there is nothing to wait for. Returns a cancel function.
 */
function afterSave(row: Element, then: () => void): () => void {
  const state = () => row.querySelector<HTMLElement>('[data-save-state]');
  if (!state()?.hasAttribute('data-unsaved') && state()?.dataset.saveState !== 'saving') {
    then();
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const now = state();
    if (now?.dataset.saveState === 'saving' || now?.hasAttribute('data-unsaved')) return;
    stop();
    if (now?.dataset.saveState === 'saved') then();
  });
  const timer = window.setTimeout(() => stop(), 60_000);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(row, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-save-state', 'data-unsaved'] });
  return stop;
}

export function useWorkKeys({
  rows,
  elsewhere,
  goTo,
  dispatch,
}: {
  rows: RowFacts[];
  /** Paragraphs of other pages that need work. */
  elsewhere: number[];
  /** Opens paragraph N on another page. */
  goTo: (position: number) => void;
  dispatch: Dispatch<FindAction>;
}) {
  // The page's rows as of the last render, for the move that follows a save: the save itself
  // changes the rows (the paragraph's status), and a listener set up anew on that change would
  // cancel the move it was waiting to make (Ctrl+Enter then saved and stayed, now and then).
  const latest = useRef({ rows, elsewhere, goTo });
  useEffect(() => {
    latest.current = { rows, elsewhere, goTo };
  }, [rows, elsewhere, goTo]);
  useEffect(() => {
    let pendingMove = () => {};
    const moveToWork = (from: number | null, step: 1 | -1) => {
      const { rows, elsewhere, goTo } = latest.current;
      const next = nextNeedingWork(rows.filter((row) => isRowShown(row.position)), from, step, elsewhere);
      if (next !== null && !focusParagraph(next)) goTo(next);
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const at = positionOf(target ?? document.activeElement);
      const key = workKeyOf(event, Boolean(target?.matches('textarea[data-translation-box]')));
      if (key !== null) pendingMove();
      switch (key) {
        case 'saveAndNext': {
          const row = target?.closest('[data-paragraph-row]');
          if (row) pendingMove = afterSave(row, () => moveToWork(at, 1));
          return;
        }
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
    return () => {
      pendingMove();
      window.removeEventListener('keydown', onKey);
    };
  }, [dispatch]);
}
