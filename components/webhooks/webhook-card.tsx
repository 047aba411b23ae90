'use client';
// One registered webhook: its address, whether it is active, the events it hears, what can be
// done with it (change its events, pause, new secret, delete) and its recent deliveries.
import type { Dispatch } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { ApiResult } from '@/lib/clients/api-call';
import type { Webhook, WebhookDelivery } from '@/lib/api/webhooks';
import type { WebhookManagerAction } from '@/lib/webhooks/webhook-manager-state';
import { deleteWebhookCall, redeliverCall, rotateWebhookSecretCall, updateWebhookCall } from '@/lib/clients/webhooks';
import { WebhookDeliveries } from './webhook-deliveries';
import { checkedEvents, EventChoice } from './webhook-event-choice';

/** Sends a change for `target` (a webhook or delivery id); true once it went through. */
export type RunWebhookCall = <T>(target: string, call: Promise<ApiResult<T>>, onDone?: (value: T) => void) => Promise<boolean>;

export function WebhookCard({
  webhook,
  deliveries,
  editing,
  busy,
  run,
  dispatch,
}: {
  webhook: Webhook;
  deliveries: WebhookDelivery[];
  editing: boolean;
  busy: boolean;
  run: RunWebhookCall;
  dispatch: Dispatch<WebhookManagerAction>;
}) {
  const { t } = useT();
  return (
    <article aria-label={t('webhooks.hookLabel', { url: webhook.url })} className="card webhook">
      <h3 className="webhook-url">{webhook.url}</h3>
      <p>
        <strong>{webhook.active ? t('webhooks.active') : t('webhooks.inactive')}</strong> · {t('webhooks.hears')}{' '}
        {webhook.events.map((event, index) => (
          <span key={event}>
            {index > 0 && ', '}
            <code>{event}</code>
          </span>
        ))}
      </p>
      {editing ? (
        <form
          aria-label={t('webhooks.changeEventsOf', { url: webhook.url })}
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void run(webhook.id, updateWebhookCall(webhook.id, { events: checkedEvents(event.currentTarget) }));
          }}
        >
          <EventChoice legend={t('webhooks.events')} chosen={webhook.events} />
          <div className="editor-actions">
            <button type="submit" disabled={busy}>
              {t('webhooks.saveEvents')}
            </button>
            <button type="button" className="button-quiet" onClick={() => dispatch({ type: 'cancelEdit' })}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="editor-actions">
          <button type="button" className="button-quiet" onClick={() => dispatch({ type: 'edit', webhookId: webhook.id })}>
            {t('webhooks.changeEvents')}
          </button>
          <button type="button" className="button-quiet" disabled={busy} onClick={() => void run(webhook.id, updateWebhookCall(webhook.id, { active: !webhook.active }))}>
            {webhook.active ? t('webhooks.deactivate') : t('webhooks.activate')}
          </button>
          <button
            type="button"
            className="button-quiet"
            disabled={busy}
            onClick={() =>
              window.confirm(t('webhooks.newSecretQuestion', { url: webhook.url })) &&
              void run(webhook.id, rotateWebhookSecretCall(webhook.id), (rotated) =>
                dispatch({ type: 'secret', secret: { webhookId: rotated.id, url: rotated.url, secret: rotated.secret, rotated: true } }),
              )
            }
          >
            {t('webhooks.newSecret')}
          </button>
          <button
            type="button"
            className="button-quiet"
            disabled={busy}
            onClick={() => window.confirm(t('webhooks.deleteQuestion', { url: webhook.url })) && void run(webhook.id, deleteWebhookCall(webhook.id))}
          >
            {t('webhooks.delete')}
          </button>
        </div>
      )}
      <WebhookDeliveries
        url={webhook.url}
        deliveries={deliveries}
        busy={busy}
        onRedeliver={(delivery) => void run(delivery.id, redeliverCall(delivery.id))}
      />
    </article>
  );
}
