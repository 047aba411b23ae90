import 'server-only';
// Claims due deliveries for one worker: each with a conditional UPDATE that succeeds only while
// the row is still due and unclaimed (or its claim has expired), so of several app servers on
// one PostgreSQL database exactly one gets each row (the second UPDATE waits for the first and
// then finds the row claimed), and a row whose server died is claimed again after `leaseMs`.
// Claiming counts the try, so a delivery that keeps killing its server still gives up.
import { randomUUID } from 'node:crypto';
import { isWebhookEvent, type WebhookEventName } from '../../webhooks/events';
import type { Db } from '../db';

export type WebhookClaim = {
  id: string;
  lockToken: string;
  /** Tries so far, this one included. */
  attempts: number;
  url: string;
  secret: string;
  event: WebhookEventName;
  occurredAt: Date;
  /** The event's data as stored (JSON). */
  data: string;
};

const dueAt = (now: Date) => ({
  status: { in: ['pending', 'failed'] },
  nextAttemptAt: { lte: now },
  OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
});

export async function claimWebhookDeliveries(db: Db, { now, limit, leaseMs }: { now: Date; limit: number; leaseMs: number }): Promise<WebhookClaim[]> {
  if (limit <= 0) return [];
  const candidates = await db.webhookDelivery.findMany({
    where: { ...dueAt(now), webhook: { active: true } },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    take: limit * 2,
    select: { id: true },
  });
  const claimed: Array<{ id: string; lockToken: string }> = [];
  for (const { id } of candidates) {
    if (claimed.length >= limit) break;
    const lockToken = randomUUID();
    const { count } = await db.webhookDelivery.updateMany({
      where: { id, ...dueAt(now) },
      data: { lockedUntil: new Date(now.getTime() + leaseMs), lockToken, attempts: { increment: 1 }, lastAttemptAt: now },
    });
    if (count === 1) claimed.push({ id, lockToken });
  }
  if (claimed.length === 0) return [];
  const rows = await db.webhookDelivery.findMany({
    where: { id: { in: claimed.map((claim) => claim.id) } },
    select: { id: true, lockToken: true, attempts: true, webhook: { select: { url: true, secret: true } }, event: { select: { event: true, occurredAt: true, data: true } } },
  });
  return rows.flatMap((row) => {
    const claim = claimed.find((candidate) => candidate.id === row.id);
    // Another claim took it after ours expired, or an unknown event from a newer version: not ours to send.
    if (!claim || row.lockToken !== claim.lockToken || !isWebhookEvent(row.event.event)) return [];
    return [{ id: row.id, lockToken: claim.lockToken, attempts: row.attempts, url: row.webhook.url, secret: row.webhook.secret, event: row.event.event, occurredAt: row.event.occurredAt, data: row.event.data }];
  });
}
