// What a live page gives its rows: the store of who edits what and what just changed, and the
// way to say this user is editing a box. Outside a live page the hooks are inert.
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { LiveDocumentStore, RowLive } from './live-document-store';

export type LiveContext = {
  store: LiveDocumentStore;
  setEditing: (paragraphId: string, lang: string | null, editing: boolean) => void;
};

export const Live = createContext<LiveContext | null>(null);

const QUIET: RowLive = { editors: [], recent: null };
const quietStore = { subscribe: () => () => undefined, row: () => QUIET };

/** Who else is editing this paragraph's box (lang) or English (null), and what just changed there. */
export function useRowLive(paragraphId: string, lang: string | null): RowLive {
  const live = useContext(Live);
  const store = live?.store ?? quietStore;
  return useSyncExternalStore(
    store.subscribe,
    () => store.row(paragraphId, lang),
    () => QUIET,
  );
}

/** Focus and blur handlers that tell others this user is editing the box; inert outside a live page. */
export function useEditingPresence(paragraphId: string, lang: string | null, enabled: boolean) {
  const live = useContext(Live);
  const setEditing = live?.setEditing;
  useEffect(() => () => setEditing?.(paragraphId, lang, false), [setEditing, paragraphId, lang]);
  return useMemo(
    () => ({
      onFocus: () => {
        if (enabled) setEditing?.(paragraphId, lang, true);
      },
      onBlur: () => setEditing?.(paragraphId, lang, false),
    }),
    [enabled, setEditing, paragraphId, lang],
  );
}
