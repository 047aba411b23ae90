// Follows a document's event stream: hands every event to the live store, and asks for a reload
// when a paragraph shown on the page changed elsewhere (or the stream says it lost track).
import { useEffect, useState, type RefObject } from 'react';
import type { StreamEvent } from '@/lib/live-events';
import type { LiveDocumentStore } from './live-document-store';

/** After the server refused the stream (signed out, too many tabs), try again this much later. */
const REOPEN_MS = 30_000;

/** The paragraphs and languages on the page (the English always counts). */
export type ShownRows = { paragraphs: Set<string>; langs: string[] };

export type StreamConnection = 'connecting' | 'open' | 'closed';

/**
 * Opens the stream for `slug` and keeps it open; returns how the connection stands. `shown` is
 * read by the stream's handler, so the stream does not reconnect when the page's rows change.
 */
export function useDocumentStream(slug: string, store: LiveDocumentStore, shown: RefObject<ShownRows>, requestRefresh: () => void): StreamConnection {
  const [connection, setConnection] = useState<StreamConnection>('connecting');

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
  }, [slug, store, requestRefresh, shown]);

  return connection;
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
