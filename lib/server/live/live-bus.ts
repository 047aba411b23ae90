import 'server-only';
// The live-update bus of this process: services publish what changed, event streams subscribe
// per document. SQLite means one app server, so events stay in the process; PostgreSQL may have
// several app servers on one database, so events go through LISTEN/NOTIFY and every instance
// (this one included) hears them the same way. Cached on globalThis like the Prisma client:
// Next.js may load this module once per route bundle, and all must share one bus.
import { parseLiveEvent, serializeLiveEvent, type LiveEvent, type PresenceSnapshotEvent } from '../../live-events';
import { readDatabaseConfig } from '../database-config';
import { LiveDispatcher, type LiveListener } from './live-dispatcher';
import { PostgresNotifier } from './postgres-notifier';

export type LiveBus = {
  /** Resolves once the event is handed to the transport; delivery is asynchronous. */
  publish(event: LiveEvent): Promise<void>;
  subscribe(documentId: string, listener: LiveListener): () => void;
  /** Resolves when this instance hears other instances' events (or gave up waiting for that). */
  ready(): Promise<void>;
  /** Who is editing in this document now, for a newly connected browser. */
  presenceSnapshot(documentId: string): PresenceSnapshotEvent;
  close(): Promise<void>;
};

const cache = globalThis as unknown as { redlineLiveBus?: LiveBus };

export function getLiveBus(): LiveBus {
  cache.redlineLiveBus ??= createLiveBus();
  return cache.redlineLiveBus;
}

/** For tests and shutdown: closes the bus; the next getLiveBus() builds a new one. */
export async function closeLiveBus(): Promise<void> {
  const bus = cache.redlineLiveBus;
  delete cache.redlineLiveBus;
  await bus?.close();
}

function createLiveBus(): LiveBus {
  const config = readDatabaseConfig();
  const dispatcher = new LiveDispatcher();
  const notifier = config.provider === 'postgresql' ? new PostgresNotifier(config.url, dispatcher) : null;
  return {
    async publish(event) {
      const payload = serializeLiveEvent(event);
      if (notifier) return notifier.notify(payload);
      // In process, the event still goes through its payload, so both transports check the same.
      const parsed = parseLiveEvent(payload)!;
      setImmediate(() => dispatcher.deliver(parsed));
    },
    ready: async () => notifier?.ready(),
    subscribe: (documentId, listener) => dispatcher.subscribe(documentId, listener),
    presenceSnapshot: (documentId) => dispatcher.presence.snapshot(documentId, Date.now()),
    close: async () => notifier?.close(),
  };
}
