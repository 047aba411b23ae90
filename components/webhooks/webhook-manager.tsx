'use client';
// Adding, changing, pausing and deleting webhooks, the secret shown once, and each hook's recent
// deliveries with Redeliver. While the page is in view it reloads its data every few seconds
// (while a delivery waits for a retry, and for new ones), so outcomes show without a reload.
import { useRouter } from 'next/navigation';
import { useEffect, useReducer } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import { failureText, type ApiResult } from '@/lib/clients/api-call';
import type { Webhook, WebhookDelivery } from '@/lib/api/webhooks';
import { initialWebhookManagerState, webhookManagerReducer } from '@/lib/webhooks/webhook-manager-state';
import { createWebhookCall } from '@/lib/clients/webhooks';
import { WebhookCard } from './webhook-card';
import { checkedEvents, EventChoice } from './webhook-event-choice';
import { WebhookSecret } from './webhook-secret';

const REFRESH_MS = 3000;

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
        <ScriptedForm
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
        </ScriptedForm>
      </section>

      <h2>{t('webhooks.registered')}</h2>
      {webhooks.length === 0 && <p className="muted">{t('webhooks.none')}</p>}
      {webhooks.map((webhook) => (
        <WebhookCard
          key={webhook.id}
          webhook={webhook}
          deliveries={deliveries[webhook.id] ?? []}
          editing={state.editing === webhook.id}
          busy={state.busy !== null}
          run={run}
          dispatch={dispatch}
        />
      ))}
    </>
  );
}
