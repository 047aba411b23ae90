'use client';
// Publishing an edition: the editor's last step, open when every paragraph is approved.
import Link from 'next/link';
import { useState } from 'react';

export function PublishEditionButton({ slug, lang, languageName, notApproved }: { slug: string; lang: string; languageName: string; notApproved: number }) {
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ ok: true; number: number } | { ok: false; message: string } | null>(null);

  async function publish() {
    setConfirming(false);
    const response = await fetch(`/api/documents/${encodeURIComponent(slug)}/editions?lang=${encodeURIComponent(lang)}`, { method: 'POST' });
    const json = await response.json().catch(() => null);
    setResult(response.ok ? { ok: true, number: json.number } : { ok: false, message: json?.message ?? `HTTP ${response.status}` });
  }

  return (
    <div className="publish">
      <button type="button" disabled={notApproved > 0} onClick={() => setConfirming(true)}>
        Publish edition
      </button>
      {notApproved > 0 && <span className="muted small"> {notApproved} paragraphs still need approval.</span>}
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label="Publish edition">
          <p>Publish the approved {languageName} text as a new edition? Readers will see it at once.</p>
          <button type="button" onClick={publish}>
            Publish
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {result?.ok && (
        <p role="status">
          Published edition {result.number}. <Link href={`/read/${slug}/${lang}`}>Read it</Link>
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
