'use client';
// Adding, changing, pausing and deleting webhooks, the secret shown once, and each hook's recent
// deliveries with Redeliver. While the page is in view it reloads its data every few seconds
// (while a delivery waits for a retry, and for new ones), so outcomes show without a reload.
import { useRouter } from 'next/navigation';
import { useEffect, useReducer } from 'react';
import { useT } from '@/components/i18n/use-t';
import { failureText, type ApiResult } from '@/lib/clients/api-call';
import type { Webhook, WebhookDelivery } from '@/lib/api/webhooks';
import { WEBHOOK_EVENTS, type WebhookEventName } from '@/lib/webhooks/events';
import { initialWebhookManagerState, webhookManagerReducer } from '@/lib/webhooks/webhook-manager-state';
import { createWebhookCall, deleteWebhookCall, redeliverCall, rotateWebhookSecretCall, updateWebhookCall } from '@/lib/clients/webhooks';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookSecret } from './webhook-secret';

const REFRESH_MS = 3000;

function checkedEvents(form: HTMLFormElement): WebhookEventName[] {
  const chosen = new FormData(form).getAll('events').map(String);
  return WEBHOOK_EVENTS.filter((event) => chosen.includes(event));
}

export function WebhookManager({ webhooks, deliveries }: { webhooks: Webhook[]; deliveries: Record<string, WebhookDelivery[]> }) {
  const router = useRouter();
  const { t } = useT();
  const [state, dispatch] = useReducer(webhookManagerReducer, initialWebhookManagerState);
  const listening = webhooks.some((webhook) => webhook.active);

  useEffect(() => {
    if (!listening) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [listening, router]);

  async function run<T>(target: string, call: Promise<ApiResult<T>>, onDone?: (value: T) => void) {
    dispatch({ type: 'send', target });
    const result = await call;
    if (!result.ok) {
      dispatch({ type: 'failed', message: failureText(t, result) });
      return false;
    }
    if (onDone) onDone(result.value);
    else dispatch({ type: 'done' });
    router.refresh();
    return true;
  }

  return (
    <>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      {state.secret && <WebhookSecret shown={state.secret} onDismiss={() => dispatch({ type: 'dismissSecret' })} />}

      <section aria-labelledby="webhook-add" className="card">
        <h2 id="webhook-add">{t('webhooks.add')}</h2>
        <form
          aria-labelledby="webhook-add"
          className="stack"
          onSubmit={async (event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const url = String(new FormData(form).get('url') ?? '');
            await run('new', createWebhookCall({ url, events: checkedEvents(form) }), (created) => {
              form.reset();
              dispatch({ type: 'secret', secret: { webhookId: created.id, url: created.url, secret: created.secret, rotated: false } });
            });
          }}
        >
          <label>
            {t('webhooks.url')}
            <input name="url" type="url" required maxLength={2000} placeholder="https://cms.newsroom.example/hooks/redline" />
          </label>
          <EventChoice legend={t('webhooks.events')} />
          <div className="editor-actions">
            <button type="submit" disabled={state.busy !== null}>
              {t('webhooks.addButton')}
            </button>
          </div>
        </form>
      </section>

      <h2>{t('webhooks.registered')}</h2>
      {webhooks.length === 0 && <p className="muted">{t('webhooks.none')}</p>}
      {webhooks.map((webhook) => (
        <article key={webhook.id} aria-label={t('webhooks.hookLabel', { url: webhook.url })} className="card webhook">
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
          {state.editing === webhook.id ? (
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
                <button type="submit" disabled={state.busy !== null}>
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
              <button type="button" className="button-quiet" disabled={state.busy !== null} onClick={() => void run(webhook.id, updateWebhookCall(webhook.id, { active: !webhook.active }))}>
                {webhook.active ? t('webhooks.deactivate') : t('webhooks.activate')}
              </button>
              <button
                type="button"
                className="button-quiet"
                disabled={state.busy !== null}
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
                disabled={state.busy !== null}
                onClick={() => window.confirm(t('webhooks.deleteQuestion', { url: webhook.url })) && void run(webhook.id, deleteWebhookCall(webhook.id))}
              >
                {t('webhooks.delete')}
              </button>
            </div>
          )}
          <WebhookDeliveries
            url={webhook.url}
            deliveries={deliveries[webhook.id] ?? []}
            busy={state.busy !== null}
            onRedeliver={(delivery) => void run(delivery.id, redeliverCall(delivery.id))}
          />
        </article>
      ))}
    </>
  );
}

function EventChoice({ legend, chosen = [] }: { legend: string; chosen?: WebhookEventName[] }) {
  const { t } = useT();
  return (
    <fieldset className="webhook-events">
      <legend>{legend}</legend>
      {WEBHOOK_EVENTS.map((event) => (
        <label key={event} className="checkbox">
          <input type="checkbox" name="events" value={event} defaultChecked={chosen.includes(event)} />
          <code>{event}</code> <span className="muted">{t(`webhooks.event.${event.replace('.', '_')}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
