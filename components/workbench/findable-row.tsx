'use client';
// A paragraph's place in the workbench's list: hidden when the filter leaves it out, unless the
// person is in it or has typed in it and not saved (a filter never takes text out of view).
import { useState, type ReactNode } from 'react';
import { isUnsaved } from '@/lib/unsaved-edits';
import { matchesFilter, type RowFacts } from '@/lib/workbench-find';
import { RowFindContext, useFind } from './find-work-context';

export function FindableRow({ facts, editorId, children }: { facts: RowFacts; editorId: string; children: ReactNode }) {
  const find = useFind();
  const [holdsFocus, setHoldsFocus] = useState(false);
  const shown = !find || matchesFilter(facts, find.state.filter) || holdsFocus || isUnsaved(editorId);
  return (
    <li
      hidden={!shown}
      onFocus={() => setHoldsFocus(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHoldsFocus(false);
      }}
    >
      <RowFindContext.Provider value={{ position: facts.position, shown }}>{children}</RowFindContext.Provider>
    </li>
  );
}
