'use client';
// A secret shown once (an invitation link, an API token) in a read-only box with a Copy button.
// The clipboard API exists only on secure pages (https, localhost); on a newsroom's plain-http
// address the text is selected and copied the old way, or left selected for Ctrl+C.
import { useId, useRef, useState } from 'react';
import { useT } from '@/components/i18n/use-t';

export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied(document.execCommand('copy') ? 'yes' : 'no');
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        <input id={id} ref={input} readOnly value={value} onFocus={(event) => event.currentTarget.select()} spellCheck={false} />
        <button type="button" onClick={copy}>
          {t('copyField.copy')}
        </button>
      </div>
      <p role="status" className="muted">
        {copied === 'yes' ? t('copyField.copied') : copied === 'no' ? t('copyField.failed') : ''}
      </p>
    </div>
  );
}
