'use client';
// What the workbench's rows read from its finding tools (find-work.tsx): the filter, the search
// and its current match; and, per row, whether the row is on show. Outside a workbench (the
// compare view) there is no context and rows show everything, unmarked.
import { createContext, useContext, type Dispatch } from 'react';
import type { RowFacts } from '@/lib/workbench-find';
import type { FindAction, FindState, Match } from './find-work-state';

export type FindContextValue = {
  state: FindState;
  dispatch: Dispatch<FindAction>;
  matches: Match[];
  current: Match | null;
  rows: RowFacts[];
  lang: string;
};

export const FindContext = createContext<FindContextValue | null>(null);
export const RowFindContext = createContext<{ position: number; shown: boolean } | null>(null);

export function useFind() {
  return useContext(FindContext);
}

export function useRowFind() {
  return useContext(RowFindContext);
}
