'use client';
// A hook's recent deliveries: when, which event, how it went, and Redeliver.
import { LocalTime } from '@/components/common/local-time';
import { useT } from '@/components/i18n/use-t';
import type { WebhookDelivery } from '@/lib/api/webhooks';

export function WebhookDeliveries({
  url,
  deliveries,
  busy,
  onRedeliver,
}: {
  url: string;
  deliveries: WebhookDelivery[];
  busy: boolean;
  onRedeliver: (delivery: WebhookDelivery) => void;
}) {
  const { t } = useT();
  if (deliveries.length === 0) return <p className="muted">{t('webhooks.noDeliveries')}</p>;
  return (
    <table className="glossary-table webhook-deliveries">
      <caption>{t('webhooks.deliveriesTo', { url })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('webhooks.occurred')}</th>
          <th scope="col">{t('webhooks.eventColumn')}</th>
          <th scope="col">{t('webhooks.status')}</th>
          <th scope="col">{t('webhooks.response')}</th>
          <th scope="col">{t('webhooks.attempts')}</th>
          <th scope="col">{t('webhooks.nextTry')}</th>
          <th scope="col">{t('webhooks.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td>
              <LocalTime iso={delivery.occurredAt} />
            </td>
            <td>
              <code>{delivery.event}</code>
            </td>
            <td className={`webhook-status webhook-status-${delivery.status}`}>{t(`webhooks.deliveryStatus.${delivery.status}`)}</td>
            <td>
              {delivery.responseCode ?? '–'}
              {delivery.lastError && <div className="small muted">{delivery.lastError}</div>}
            </td>
            <td>{delivery.attempts}</td>
            <td>{delivery.nextAttemptAt ? <LocalTime iso={delivery.nextAttemptAt} /> : '–'}</td>
            <td>
              <button
                type="button"
                className="button-quiet button-small"
                disabled={busy}
                aria-label={t('webhooks.redeliverLabel', { event: delivery.event, id: delivery.id })}
                onClick={() => onRedeliver(delivery)}
              >
                {t('webhooks.redeliver')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
