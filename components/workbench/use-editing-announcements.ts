// Tells the server which boxes this user is editing: on focus and blur, renewed by a heartbeat,
// and "stopped" for all of them when the page goes away.
import { useCallback, useEffect, useRef } from 'react';
import { rowKey } from './live-document-store';

/** Renewed well within the server's 30-second expiry, so one lost request does not blank the name. */
const HEARTBEAT_MS = 10_000;

/** Returns setEditing(paragraphId, lang, editing), which announces only real changes. */
export function useEditingAnnouncements(slug: string) {
  const presenceUrl = `/api/documents/${encodeURIComponent(slug)}/presence`;
  const editing = useRef(new Map<string, { paragraphId: string; lang: string | null }>());
  const lastSeq = useRef(0);
  const announce = useCallback(
    (paragraphId: string, lang: string | null, isEditing: boolean) => {
      // Requests can overtake each other; seq lets everyone drop a late one (lib/live-events.ts).
      lastSeq.current = Math.max(Date.now(), lastSeq.current + 1);
      // keepalive: the "stopped editing" sent while the page closes still arrives.
      void fetch(presenceUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ paragraphId, lang, editing: isEditing, seq: lastSeq.current }),
        keepalive: true,
      }).catch(() => undefined);
    },
    [presenceUrl],
  );

  useEffect(() => {
    const active = editing.current;
    const heartbeat = setInterval(() => {
      for (const { paragraphId, lang } of active.values()) announce(paragraphId, lang, true);
    }, HEARTBEAT_MS);
    const leave = () => {
      for (const { paragraphId, lang } of active.values()) announce(paragraphId, lang, false);
      active.clear();
    };
    window.addEventListener('pagehide', leave);
    return () => {
      clearInterval(heartbeat);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [announce]);

  return useCallback(
    (paragraphId: string, lang: string | null, isEditing: boolean) => {
      const key = rowKey(paragraphId, lang);
      if (isEditing === editing.current.has(key)) return;
      if (isEditing) editing.current.set(key, { paragraphId, lang });
      else editing.current.delete(key);
      announce(paragraphId, lang, isEditing);
    },
    [announce],
  );
}
