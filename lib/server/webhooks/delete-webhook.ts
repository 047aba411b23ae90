import 'server-only';
// An admin deletes a hook; its deliveries, queued ones included, go with it.
import type { Actor } from '../../roles';
import { requireWebhookManager } from '../access';
import { getDb } from '../db';
import { findWebhookOr404 } from './webhook-json';

export async function deleteWebhook({ id, actor }: { id: string; actor: Actor }): Promise<void> {
  requireWebhookManager(actor);
  const db = getDb();
  const { count } = await db.webhook.deleteMany({ where: { id } });
  if (count === 0) await findWebhookOr404(db, id);
}
