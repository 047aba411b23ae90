'use client';
// Keeps unsaved text of one paragraph in localStorage, so a reload or a crash does not lose it,
// and offers it back when the page opens again. The draft remembers the version it was based on,
// so saving a restored draft still detects that someone else saved in between.
import { useCallback, useEffect, useRef, useState } from 'react';

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
  const [offered, setOffered] = useState<LocalDraft | null>(null);
  // While a draft is on offer, an untouched box must not erase it from storage.
  const offerPending = useRef(false);

  useEffect(() => {
    const draft = readDraft(key);
    if (draft && draft.text !== currentText) {
      offerPending.current = true;
      setOffered(draft);
    } else if (draft) {
      window.localStorage.removeItem(key);
    }
    // Only on first render: later changes of the current text come from this page's own saves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

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
    setOffered(null);
  }, []);

  /** Discarding: the offered draft is deleted. */
  const discard = useCallback(() => {
    offerPending.current = false;
    setOffered(null);
    window.localStorage.removeItem(key);
  }, [key]);

  return { offered, store, accept, discard };
}
