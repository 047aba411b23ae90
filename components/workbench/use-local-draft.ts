'use client';
// Keeps unsaved text of one paragraph in localStorage, so a reload or a crash does not lose it,
// and offers it back when the page opens again. The draft remembers the version it was based on,
// so saving a restored draft still detects that someone else saved in between.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useHydrated } from '@/components/common/use-hydrated';

export type DraftBase = { versionId: string; number: number; text: string; author: string; createdAt: string };
export type LocalDraft = { text: string; base: DraftBase | null; savedAt: string };

function storageKey(paragraphId: string, lang: string) {
  return `redline:draft:${paragraphId}:${lang}`;
}

function readDraft(key: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function useLocalDraft(paragraphId: string, lang: string, currentText: string) {
  const key = storageKey(paragraphId, lang);
  // Storage is the browser's: the server's HTML and the hydrating pass read nothing from it.
  const hydrated = useHydrated();
  // The text the page opened with; later changes of the current text come from this page's own saves.
  const [openedWith] = useState(currentText);
  const stored = useMemo(() => (hydrated ? readDraft(key) : null), [hydrated, key]);
  // Once the person restored or discarded the draft of this key, it is no longer offered.
  const [settledKey, setSettledKey] = useState<string | null>(null);
  const offered = stored && stored.text !== openedWith && settledKey !== key ? stored : null;
  // While a draft is on offer, an untouched box must not erase it from storage; nor before
  // storage has been read at all (the hydrating pass), when it is not yet known.
  const offerPending = useRef(true);
  useEffect(() => {
    if (hydrated) offerPending.current = offered !== null;
  }, [hydrated, offered]);
  // A draft that is the text already saved is no draft.
  useEffect(() => {
    if (stored && stored.text === openedWith) window.localStorage.removeItem(key);
  }, [stored, openedWith, key]);

  const store = useCallback(
    (draft: Omit<LocalDraft, 'savedAt'> | null) => {
      if (!draft && offerPending.current) return;
      try {
        if (draft) window.localStorage.setItem(key, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
        else window.localStorage.removeItem(key);
      } catch {
        // Storage full or disabled: the draft is a convenience, the box still holds the text.
      }
    },
    [key],
  );

  /** Restoring: the box takes the draft's text and from then on stores its own. */
  const accept = useCallback(() => {
    offerPending.current = false;
    setSettledKey(key);
  }, [key]);

  /** Discarding: the offered draft is deleted. */
  const discard = useCallback(() => {
    offerPending.current = false;
    setSettledKey(key);
    window.localStorage.removeItem(key);
  }, [key]);

  return { offered, store, accept, discard };
}
