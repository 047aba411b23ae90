'use client';
// A hook's secret, shown once after it was made, with Copy.
import { useRef, useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { ShownSecret } from '@/lib/webhooks/webhook-manager-state';

export function WebhookSecret({ shown, onDismiss }: { shown: ShownSecret; onDismiss: () => void }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(shown.secret);
      setCopied('yes');
    } catch {
      // No clipboard access (an old browser, a denied permission): select it for Ctrl+C.
      input.current?.select();
      setCopied('no');
    }
  }

  return (
    <section aria-labelledby="webhook-secret" className="card notice webhook-secret">
      <h2 id="webhook-secret">{shown.rotated ? t('webhooks.secretNewTitle', { url: shown.url }) : t('webhooks.secretTitle', { url: shown.url })}</h2>
      <p>{t('webhooks.secretOnce')}</p>
      <div className="editor-actions">
        <input ref={input} readOnly value={shown.secret} aria-label={t('webhooks.secret')} className="webhook-secret-value" onFocus={(event) => event.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('webhooks.copy')}
        </button>
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('webhooks.secretDone')}
        </button>
      </div>
      <p role="status" className="small">
        {copied === 'yes' ? t('webhooks.copied') : copied === 'no' ? t('webhooks.copyByHand') : ''}
      </p>
    </section>
  );
}
