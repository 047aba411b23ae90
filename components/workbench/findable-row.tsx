'use client';
// A paragraph's place in the workbench's list: hidden when the filter leaves it out, unless the
// person is in it, has typed in it and not saved (a filter never takes text out of view), or
// has worked in it since the filter was chosen: a paragraph saved under "Needs work" stays, with
// its "Saved", until a filter is chosen again, as a list of work does in other translation tools.
import { useState, type ReactNode } from 'react';
import { isUnsaved } from '@/lib/unsaved-edits';
import { matchesFilter, type RowFacts } from '@/lib/workbench-find';
import { RowFindContext, useFind } from './find-work-context';

export function FindableRow({ facts, editorId, children }: { facts: RowFacts; editorId: string; children: ReactNode }) {
  const find = useFind();
  const [holdsFocus, setHoldsFocus] = useState(false);
  /** The filter round (find-work-state.ts) in which the person last came into this row. */
  const [workedInRound, setWorkedInRound] = useState<number | null>(null);
  const shown =
    !find ||
    matchesFilter(facts, find.state.filter) ||
    holdsFocus ||
    workedInRound === find.state.filterRound ||
    isUnsaved(editorId);
  return (
    <li
      hidden={!shown}
      onFocus={() => {
        setHoldsFocus(true);
        setWorkedInRound(find?.state.filterRound ?? null);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHoldsFocus(false);
      }}
    >
      <RowFindContext.Provider value={{ position: facts.position, shown }}>{children}</RowFindContext.Provider>
    </li>
  );
}
