// /admin/webhooks: the newsroom's webhooks with their recent deliveries, for admins.
import { canManageWebhooks } from '@/lib/roles';
import { requirePageActor } from '@/lib/server/page-guards';
import { getT } from '@/lib/server/ui-language';
import { listWebhookDeliveries } from '@/lib/server/webhooks/list-webhook-deliveries';
import { listWebhooks } from '@/lib/server/webhooks/list-webhooks';
import { WebhookManager } from './webhook-manager';

const RECENT_DELIVERIES = 10;

export async function WebhooksView() {
  const actor = await requirePageActor('/admin/webhooks');
  const t = await getT();
  if (!canManageWebhooks(actor)) {
    return (
      <div className="page">
        <h1>{t('webhooks.title')}</h1>
        <p role="alert">{t('webhooks.adminsOnly')}</p>
      </div>
    );
  }
  const webhooks = await listWebhooks({ actor });
  const deliveries = Object.fromEntries(
    await Promise.all(webhooks.map(async (webhook) => [webhook.id, await listWebhookDeliveries({ webhookId: webhook.id, limit: RECENT_DELIVERIES, actor })] as const)),
  );
  return (
    <div className="page">
      <h1>{t('webhooks.title')}</h1>
      <p className="muted">{t('webhooks.intro')}</p>
      <WebhookManager webhooks={webhooks} deliveries={deliveries} />
    </div>
  );
}
