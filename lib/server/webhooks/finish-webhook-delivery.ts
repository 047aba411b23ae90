import 'server-only';
// Records how a claimed try went, only while the claim is still this worker's: delivered on a
// 2xx; otherwise failed with the next try scheduled by the retry schedule, or given up after the
// last. A try cut short by the worker stopping gives the row back, due at once.
import { retryDelayMs } from '../../webhooks/retry-schedule';
import type { Db } from '../db';
import type { WebhookClaim } from './claim-webhook-deliveries';
import type { WebhookAttempt } from './send-webhook-request';

export type WebhookOutcome = { deliveryId: string; status: 'delivered' | 'failed' | 'given_up' | 'released'; responseCode: number | null; error: string | null };

export async function finishWebhookDelivery(
  db: Db,
  { claim, attempt, now, random = Math.random }: { claim: WebhookClaim; attempt: WebhookAttempt; now: Date; random?: () => number },
): Promise<WebhookOutcome> {
  const mine = { id: claim.id, lockToken: claim.lockToken };
  const answer = { responseCode: attempt.status, responseExcerpt: attempt.excerpt, lastError: attempt.ok ? null : attempt.error };
  if (!attempt.ok && attempt.interrupted) {
    await db.webhookDelivery.updateMany({ where: mine, data: { lockedUntil: null, lockToken: null, lastError: answer.lastError } });
    return { deliveryId: claim.id, status: 'released', responseCode: null, error: answer.lastError };
  }
  if (attempt.ok) {
    await db.webhookDelivery.updateMany({
      where: mine,
      data: { ...answer, status: 'delivered', deliveredAt: now, nextAttemptAt: null, lockedUntil: null, lockToken: null },
    });
    return { deliveryId: claim.id, status: 'delivered', responseCode: attempt.status, error: null };
  }
  const delay = retryDelayMs(claim.attempts, random);
  const status = delay === null ? 'given_up' : 'failed';
  await db.webhookDelivery.updateMany({
    where: mine,
    data: { ...answer, status, nextAttemptAt: delay === null ? null : new Date(now.getTime() + delay), lockedUntil: null, lockToken: null },
  });
  return { deliveryId: claim.id, status, responseCode: attempt.status, error: attempt.error };
}
