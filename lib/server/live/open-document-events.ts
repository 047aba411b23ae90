import 'server-only';
// A browser follows one document: a server-sent event stream that starts with who is editing
// now, then carries every live event of the document as it happens. A comment line every 15
// seconds keeps proxies from closing an idle connection and finds dead ones. Anyone signed in
// may read a document (get-document.ts), so anyone signed in may follow it, and only while they
// are: the stream asks every 15 seconds whether its session (or API token) still holds, and ends
// once it does not (signed out, deactivated, token revoked); the browser's reconnect then gets a 401.
import { AppError } from '../../app-error';
import type { StreamEvent } from '../../live-events';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocument } from '../documents/find-document-language';
import { getLiveBus } from './live-bus';

/** Per person and app server: a few tabs each, but not an unbounded number of open sockets. */
export const MAX_STREAMS_PER_USER = 20;
const HEARTBEAT_MS = 15_000;
/** How often an open stream asks whether its session still holds. */
const SESSION_CHECK_MS = 15_000;
/** Chunks a reader may fall behind before it is cut off; its browser reconnects and reloads. */
const MAX_BACKLOG = 500;

const openStreams = new Map<string, number>();
/** Every open stream's stop, across route bundles: one set per process. */
const cache = globalThis as unknown as { redlineLiveStreams?: Set<() => void> };

export async function openDocumentEvents({
  slug,
  actor,
  signal,
  stillSignedIn,
  sessionCheckMs = SESSION_CHECK_MS,
}: {
  slug: string;
  actor: Actor;
  signal: AbortSignal;
  /** Whether the request's session or token still belongs to `actor`, asked again and again while the stream is open. */
  stillSignedIn: () => Promise<boolean>;
  sessionCheckMs?: number;
}): Promise<ReadableStream<Uint8Array>> {
  const document = await findDocument(getDb(), slug);
  const bus = getLiveBus();
  await bus.ready();
  const release = claimStream(actor.id);
  const running = streamsOfThisProcess();
  const encoder = new TextEncoder();
  // Set in start(), which the constructor calls at once; cancel() uses it.
  let end = release;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let stopped = false;
      const heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS);
      const sessionCheck = setInterval(() => {
        // A failed check (the database away for a moment) keeps the stream; the next one decides.
        stillSignedIn().then((signedIn) => signedIn || stop(), () => undefined);
      }, sessionCheckMs);
      const unsubscribe = bus.subscribe(document.id, (event) => send(event));
      const stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(heartbeat);
        clearInterval(sessionCheck);
        unsubscribe();
        release();
        running.delete(stop);
        signal.removeEventListener('abort', stop);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      end = stop;
      function write(text: string) {
        if (stopped) return;
        if ((controller.desiredSize ?? 0) < -MAX_BACKLOG) return stop();
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      }
      function send(event: StreamEvent) {
        write(`data: ${JSON.stringify(event)}\n\n`);
      }
      // How long the browser waits before reconnecting after the stream ends.
      write('retry: 3000\n\n');
      send(bus.presenceSnapshot(document.id));
      running.add(stop);
      if (signal.aborted) stop();
      else signal.addEventListener('abort', stop);
    },
    cancel() {
      end();
    },
  });
}

function claimStream(userId: string): () => void {
  const open = openStreams.get(userId) ?? 0;
  if (open >= MAX_STREAMS_PER_USER) {
    throw new AppError('too_many_requests', {
      message: `${userId} already has ${open} live-update streams open on this server.`,
      userMessage: `You have ${open} workbenches open; close some to get live updates in this one.`,
    });
  }
  openStreams.set(userId, open + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (openStreams.get(userId) ?? 1) - 1;
    if (left > 0) openStreams.set(userId, left);
    else openStreams.delete(userId);
  };
}

/**
 * On SIGTERM Next.js stops accepting connections and waits for the open ones to finish; an
 * event stream never does, so the server would never stop. Ending the streams lets it; the
 * browsers reconnect (to another instance behind the load balancer, or to this one restarted)
 * and reload their data once.
 */
function streamsOfThisProcess(): Set<() => void> {
  if (!cache.redlineLiveStreams) {
    const streams = new Set<() => void>();
    cache.redlineLiveStreams = streams;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        for (const stop of streams) stop();
      });
    }
  }
  return cache.redlineLiveStreams;
}
