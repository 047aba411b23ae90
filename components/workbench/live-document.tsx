'use client';
// Keeps an open workbench (or compare view) current: follows the document's event stream, and
// when a paragraph on the page changes elsewhere reloads the server-rendered rows with
// router.refresh() (coalesced, at most about once a second, not while the tab is hidden). Each
// editor adopts the new data itself and keeps what its user is typing. Also announces which box this user is editing, so
// other people see it on the row.
import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { StreamEvent } from '@/lib/live-events';
import { createRefreshScheduler } from '@/lib/live-refresh';
import { LiveDocumentStore, rowKey, type RowLive } from './live-document-store';

/** Renewed well within the server's 30-second expiry, so one lost request does not blank the name. */
const HEARTBEAT_MS = 10_000;
/** After the server refused the stream (signed out, too many tabs), try again this much later. */
const REOPEN_MS = 30_000;

type LiveContext = {
  store: LiveDocumentStore;
  setEditing: (paragraphId: string, lang: string | null, editing: boolean) => void;
};

const Live = createContext<LiveContext | null>(null);

export function LiveDocument({
  slug,
  userId,
  paragraphIds,
  langs,
  children,
}: {
  slug: string;
  userId: string;
  /** The paragraphs on this page: changes elsewhere in the document need no reload here. */
  paragraphIds: string[];
  /** The languages on this page; the English always counts. */
  langs: string[];
  children: ReactNode;
}) {
  const router = useRouter();
  const store = useMemo(() => new LiveDocumentStore(userId), [userId]);
  // Read by the stream's handler, which should not reconnect when the page's rows change.
  const shown = useRef({ paragraphs: new Set(paragraphIds), langs });
  // Kept current after every render (both arrays are new objects each time; a set of a few
  // hundred ids is cheap to build).
  useEffect(() => {
    shown.current = { paragraphs: new Set(paragraphIds), langs };
  });
  const requestRefresh = useThrottledRefresh(router);
  const presenceUrl = `/api/documents/${encodeURIComponent(slug)}/presence`;
  // On the wrapper as data-live, so tests (and a curious reader of the DOM) know the stream is open.
  const [connection, setConnection] = useState<'connecting' | 'open' | 'closed'>('connecting');

  useEffect(() => {
    const url = `/api/documents/${encodeURIComponent(slug)}/events`;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let openedBefore = false;
    const open = () => {
      source = new EventSource(url);
      source.onopen = () => {
        setConnection('open');
        // EventSource reconnects by itself after a dropped connection, but events sent in
        // between are lost: reload once to catch up.
        if (openedBefore) requestRefresh();
        openedBefore = true;
      };
      source.onmessage = (message: MessageEvent<string>) => {
        const event = parseStreamEvent(message.data);
        if (!event) return;
        store.handle(event);
        if (event.type === 'resync' || event.type === 'document-changed') requestRefresh();
        if (event.type === 'paragraph-changed' && shown.current.paragraphs.has(event.paragraphId) && (event.lang === null || shown.current.langs.includes(event.lang))) {
          requestRefresh();
        }
      };
      source.onerror = () => {
        setConnection(source?.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
        // CLOSED: the server answered with an error instead of a stream; the browser gives up.
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        reopen = setTimeout(open, REOPEN_MS);
      };
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [slug, store, requestRefresh]);

  useEffect(() => () => store.dispose(), [store]);

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

  const setEditing = useCallback(
    (paragraphId: string, lang: string | null, isEditing: boolean) => {
      const key = rowKey(paragraphId, lang);
      if (isEditing === editing.current.has(key)) return;
      if (isEditing) editing.current.set(key, { paragraphId, lang });
      else editing.current.delete(key);
      announce(paragraphId, lang, isEditing);
    },
    [announce],
  );

  const value = useMemo(() => ({ store, setEditing }), [store, setEditing]);
  return (
    <Live.Provider value={value}>
      <div className="live-document" data-live={connection}>
        {children}
      </div>
    </Live.Provider>
  );
}

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

/**
 * router.refresh(), coalesced: one reload for a burst of events, at most about one a second, and
 * none while the tab is hidden (one when it is seen again); see lib/live-refresh.ts.
 */
function useThrottledRefresh(router: { refresh: () => void }) {
  const scheduler = useMemo(() => createRefreshScheduler(() => router.refresh(), () => document.hidden), [router]);
  useEffect(() => {
    const onVisibility = () => scheduler.visibilityChanged();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      scheduler.dispose();
    };
  }, [scheduler]);
  return scheduler.request;
}

/** The stream comes from this server, so a shape check suffices (the server validated the event). */
function parseStreamEvent(data: string): StreamEvent | null {
  try {
    const event = JSON.parse(data) as StreamEvent;
    return typeof event === 'object' && event !== null && typeof event.type === 'string' ? event : null;
  } catch {
    return null;
  }
}
