'use client';
// Publishing an edition: the editor's last step, open when every paragraph is approved.
import Link from 'next/link';
import { useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import { useHydrated } from '../common/use-hydrated';

export function PublishEditionButton({ slug, lang, languageName, notApproved }: { slug: string; lang: string; languageName: string; notApproved: number }) {
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  // Before the page's scripts run a click would open nothing.
  const hydrated = useHydrated();
  const [result, setResult] = useState<{ ok: true; number: number } | { ok: false; message: string } | null>(null);

  async function publish() {
    setConfirming(false);
    const response = await fetch(`/api/documents/${encodeURIComponent(slug)}/editions?lang=${encodeURIComponent(lang)}`, { method: 'POST' });
    const json = await response.json().catch(() => null);
    setResult(response.ok ? { ok: true, number: json.number } : { ok: false, message: json?.message ?? `HTTP ${response.status}` });
  }

  return (
    <div className="publish">
      <button type="button" disabled={!hydrated || notApproved > 0} onClick={() => setConfirming(true)}>
        {t('publish.button')}
      </button>
      {notApproved > 0 && <span className="muted small"> {t('publish.needApproval', { count: notApproved })}</span>}
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={t('publish.button')}>
          <p>{t('publish.question', { language: languageName })}</p>
          <button type="button" onClick={publish}>
            {t('publish.confirm')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {result?.ok && (
        <p role="status">
          {t('publish.done', { number: result.number })} <Link href={`/read/${slug}/${lang}`}>{t('publish.read')}</Link>
        </p>
      )}
      {result && !result.ok && (
        <p role="alert" className="error">
          {result.message}
        </p>
      )}
    </div>
  );
}
