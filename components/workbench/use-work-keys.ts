'use client';
// The workbench's keys for moving to the work, from anywhere on the page and from inside a
// translation box (Ctrl or, on macOS, Cmd): Ctrl+Enter (the box saves it) then moves to the
// next paragraph that needs work, Ctrl+S only saves (the box does it; here the browser's "Save
// page" is kept away), Alt+PageDown / Alt+PageUp jump to the next / previous paragraph that
// needs work, Ctrl+G asks for a paragraph number, Ctrl+H opens the paragraph's History.
import { useEffect, type Dispatch } from 'react';
import { nextNeedingWork, type RowFacts } from '@/lib/workbench-find';
import type { FindAction } from './find-work-state';
import { focusParagraph, isRowShown, positionOf } from './paragraph-focus';

export function useWorkKeys({ rows, dispatch }: { rows: RowFacts[]; dispatch: Dispatch<FindAction> }) {
  useEffect(() => {
    const moveToWork = (from: number | null, step: 1 | -1) => {
      const next = nextNeedingWork(rows.filter((row) => isRowShown(row.position)), from, step);
      if (next !== null) focusParagraph(next);
    };
    const onKey = (event: KeyboardEvent) => {
      const command = (event.ctrlKey || event.metaKey) && !event.altKey;
      const target = event.target instanceof Element ? event.target : null;
      const inBox = Boolean(target?.matches('textarea[data-translation-box]'));
      const key = event.key.toLowerCase();
      if (command && key === 'enter' && inBox && !event.shiftKey) {
        moveToWork(positionOf(target), 1);
      } else if (command && key === 's' && !event.shiftKey) {
        event.preventDefault();
      } else if (event.altKey && !command && (event.key === 'PageDown' || event.key === 'PageUp')) {
        event.preventDefault();
        moveToWork(positionOf(target ?? document.activeElement), event.key === 'PageDown' ? 1 : -1);
      } else if (command && key === 'g' && !event.shiftKey) {
        event.preventDefault();
        dispatch({ type: 'goToOpened' });
      } else if (command && key === 'h' && !event.shiftKey && positionOf(target) !== null) {
        const history = target!.closest('[data-paragraph-row]')!.querySelector<HTMLButtonElement>('button[data-history-button]');
        if (!history) return;
        event.preventDefault();
        history.focus();
        if (history.getAttribute('aria-expanded') !== 'true') history.click();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, dispatch]);
}
