import 'server-only';
// The PostgreSQL transport of the live bus: one dedicated connection per app server that LISTENs
// on one channel and sends with pg_notify, so every instance on the database, this one included,
// receives every event through the same path. The Prisma pool cannot do this: LISTEN belongs to
// one session, and a pooled connection is shared. When the connection drops it reconnects with
// backoff and LISTENs again; it never throws into the server. Events published while it is down
// are dropped (the change itself is saved), and after a reconnect every open workbench is told
// to reload, since it may have missed some.
import pg from 'pg';
import { parseLiveEvent } from '../../live-events';
import type { LiveDispatcher } from './live-dispatcher';

export const LIVE_CHANNEL = 'redline_live';

const FIRST_RETRY_MS = 250;
/** How long a publish or a new stream waits for a connection being opened before going on without. */
const CONNECT_WAIT_MS = 5_000;
const MAX_RETRY_MS = 30_000;

export class PostgresNotifier {
  /** The connection being opened or in use; any other is an old one, whose events are ignored. */
  private client: pg.Client | null = null;
  private listening = false;
  private connecting: Promise<void>;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private connectedBefore = false;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly dispatcher: LiveDispatcher,
  ) {
    this.connecting = this.connect();
  }

  /**
   * Resolves once this instance LISTENs (or the current attempt failed, or 5 s passed): the
   * first event after start-up waits for the connection instead of being dropped, and a new
   * stream starts only when this instance will hear the other instances' events.
   */
  async ready(): Promise<void> {
    if (this.listening) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CONNECT_WAIT_MS);
      timer.unref();
    });
    await Promise.race([this.connecting, timeout]);
    clearTimeout(timer);
  }

  async notify(payload: string): Promise<void> {
    await this.ready();
    const client = this.listening ? this.client : null;
    if (!client) {
      console.warn('Live update not sent: the LISTEN connection to PostgreSQL is down (the change itself is saved).');
      return;
    }
    await client.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'redline-live',
      connectionTimeoutMillis: 10_000,
      // A publish must not hang a request; a silent network drop must surface as an error.
      query_timeout: 5_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.client = client;
    // Without an 'error' listener a dropped connection would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL) return;
      const event = parseLiveEvent(message.payload ?? '');
      if (event) this.dispatcher.deliver(event);
      else console.warn('Ignored a malformed live event from PostgreSQL.');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) {
      // Closed (or replaced) while connecting.
      await client.end().catch(() => undefined);
      return;
    }
    this.listening = true;
    this.failures = 0;
    if (this.connectedBefore) {
      console.info('Live updates: reconnected to PostgreSQL.');
      this.dispatcher.resyncAll();
    }
    this.connectedBefore = true;
  }

  /** Called for errors and for the end of a connection, possibly both: reconnects once. */
  private lost(client: pg.Client, error: unknown): void {
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    // An error and an end of the same connection, or an old one: one reconnect only.
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    if (this.closed) return;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures) * (0.75 + Math.random() / 2);
    this.failures += 1;
    const reason = error instanceof Error ? error.message : 'connection ended';
    console.error(`Live updates: the LISTEN connection to PostgreSQL failed (${reason}); retrying in ${Math.round(delay)} ms.`);
    this.retryTimer = setTimeout(() => {
      this.connecting = this.connect();
    }, delay);
    this.retryTimer.unref();
  }
}
