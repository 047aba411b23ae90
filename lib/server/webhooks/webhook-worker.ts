import 'server-only';
// Sends webhook deliveries: a loop in the app server that every second claims the deliveries
// that are due (claim-webhook-deliveries.ts), sends at most `concurrency` at once, each with a
// 10-second limit, and records each outcome. Its only state is in the database: a restarted
// server, or another app server, carries on where this one stopped. Requests never wait for it:
// they only insert rows (enqueue-webhook-event.ts).
//
// `runOnce(now)` is one round at a given time and waits for its deliveries: tests drive the
// retry schedule with it instead of waiting for minutes.
import { randomUUID } from 'node:crypto';
import { webhookRequestBody, webhookRequestHeaders } from '../../webhooks/delivery-body';
import { getDb, type Db } from '../db';
import { claimWebhookDeliveries, type WebhookClaim } from './claim-webhook-deliveries';
import { finishWebhookDelivery, type WebhookOutcome } from './finish-webhook-delivery';
import { pruneWebhookDeliveries } from './prune-webhook-deliveries';
import { sendWebhookRequest } from './send-webhook-request';

export type WebhookWorkerOptions = {
  /** Deliveries in flight at once, per app server. */
  concurrency?: number;
  pollIntervalMs?: number;
  /** The time limit of one try. */
  timeoutMs?: number;
  /** How long a claim holds a row; longer than a try, so only a dead server's claim expires. */
  leaseMs?: number;
  random?: () => number;
  /** The database; the app's client unless a test gives the worker one of its own (a second app server). */
  db?: () => Db;
};

const PRUNE_EVERY_MS = 3600_000;
const ERROR_LOG_EVERY_MS = 60_000;

export class WebhookWorker {
  readonly id = randomUUID();
  private readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private readonly timeoutMs: number;
  private readonly leaseMs: number;
  private readonly random: () => number;
  private readonly db: () => Db;
  private readonly inFlight = new Map<string, Promise<WebhookOutcome | null>>();
  private readonly stopping = new AbortController();
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = 0;
  private ticking: Promise<void> | null = null;
  /** The last round filled every slot: more may be due, so look again as soon as one frees. */
  private backlog = false;
  private lastPrune = 0;
  private lastErrorLog = 0;

  constructor(options: WebhookWorkerOptions = {}) {
    this.concurrency = options.concurrency ?? 4;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.random = options.random ?? Math.random;
    this.db = options.db ?? getDb;
  }

  /** One round at `now`: claims what is due then, sends it, records the outcomes, and returns them. */
  async runOnce(now: Date = new Date()): Promise<WebhookOutcome[]> {
    const claims = await claimWebhookDeliveries(this.db(), { now, limit: this.concurrency - this.inFlight.size, leaseMs: this.leaseMs });
    const outcomes = await Promise.all(claims.map((claim) => this.deliver(claim, () => now)));
    return outcomes.filter((outcome): outcome is WebhookOutcome => outcome !== null);
  }

  /** Starts the loop (once). */
  start(): this {
    if (this.running || this.stopping.signal.aborted) return this;
    this.running = true;
    this.schedule(0);
    return this;
  }

  /** Ends the loop; tries in flight are cut short and their rows given back, due at once. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopping.abort();
    await this.ticking;
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Runs a round after `delayMs`, unless one is already due sooner. */
  private schedule(delayMs: number) {
    if (!this.running) return;
    const at = Date.now() + delayMs;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ticking ??= this.tick().finally(() => (this.ticking = null));
    }, delayMs);
    // The loop alone never keeps a process alive (a script, a test run).
    this.timer.unref();
  }

  private async tick() {
    try {
      const now = new Date();
      const free = this.concurrency - this.inFlight.size;
      const claims = await claimWebhookDeliveries(this.db(), { now, limit: free, leaseMs: this.leaseMs });
      this.backlog = claims.length === free;
      for (const claim of claims) void this.deliver(claim, () => new Date());
      if (now.getTime() - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = now.getTime();
        await pruneWebhookDeliveries(this.db(), now);
      }
    } catch (error) {
      this.logError(error);
    } finally {
      this.schedule(this.pollIntervalMs);
    }
  }

  private deliver(claim: WebhookClaim, clock: () => Date): Promise<WebhookOutcome | null> {
    const done = this.send(claim, clock).finally(() => {
      this.inFlight.delete(claim.id);
      if (this.backlog) {
        this.backlog = false;
        this.schedule(0);
      }
    });
    this.inFlight.set(claim.id, done);
    return done;
  }

  private async send(claim: WebhookClaim, clock: () => Date): Promise<WebhookOutcome | null> {
    try {
      const body = webhookRequestBody({ event: claim.event, deliveryId: claim.id, occurredAt: claim.occurredAt.toISOString(), data: JSON.parse(claim.data) });
      const attempt = await sendWebhookRequest({
        url: claim.url,
        headers: webhookRequestHeaders({ event: claim.event, deliveryId: claim.id, secret: claim.secret, body }),
        body,
        timeoutMs: this.timeoutMs,
        signal: this.stopping.signal,
      });
      return await finishWebhookDelivery(this.db(), { claim, attempt, now: clock(), random: this.random });
    } catch (error) {
      // The database failed us: the claim expires and the row is tried again.
      this.logError(error);
      return null;
    }
  }

  private logError(error: unknown) {
    const now = Date.now();
    if (now - this.lastErrorLog < ERROR_LOG_EVERY_MS) return;
    this.lastErrorLog = now;
    console.error('Webhook deliveries:', error);
  }
}
