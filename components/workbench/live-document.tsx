'use client';
// Keeps an open workbench (or compare view) current: follows the document's event stream, and
// when a paragraph on the page changes elsewhere reloads the server-rendered rows with
// router.refresh() (coalesced, at most about once a second, not while the tab is hidden). Each
// editor adopts the new data itself and keeps what its user is typing. Also announces which box
// this user is editing, so other people see it on the row. The rows read all this through
// live-document-context.ts.
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Live } from './live-document-context';
import { LiveDocumentStore } from './live-document-store';
import { useDocumentStream } from './use-document-stream';
import { useEditingAnnouncements } from './use-editing-announcements';
import { useThrottledRefresh } from './use-throttled-refresh';

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
  // On the wrapper as data-live, so tests (and a curious reader of the DOM) know the stream is open.
  const connection = useDocumentStream(slug, store, shown, requestRefresh);

  useEffect(() => () => store.dispose(), [store]);

  const setEditing = useEditingAnnouncements(slug);
  const value = useMemo(() => ({ store, setEditing }), [store, setEditing]);
  return (
    <Live.Provider value={value}>
      <div className="live-document" data-live={connection}>
        {children}
      </div>
    </Live.Provider>
  );
}
