import 'server-only';
// Finished deliveries are kept 30 days, long enough to look into a problem a CMS had; then they
// and the events no delivery needs any more are deleted, so the tables do not grow forever.
import type { Db } from '../db';

export const WEBHOOK_DELIVERY_RETENTION_DAYS = 30;

export async function pruneWebhookDeliveries(db: Db, now: Date): Promise<{ deliveries: number; events: number }> {
  const before = new Date(now.getTime() - WEBHOOK_DELIVERY_RETENTION_DAYS * 24 * 3600_000);
  const deliveries = await db.webhookDelivery.deleteMany({ where: { status: { in: ['delivered', 'given_up'] }, updatedAt: { lt: before } } });
  const events = await db.webhookEvent.deleteMany({ where: { occurredAt: { lt: before }, deliveries: { none: {} } } });
  return { deliveries: deliveries.count, events: events.count };
}
