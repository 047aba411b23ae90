'use client';
// Ctrl+G: a dialog asking for a paragraph number. Esc or Cancel closes it and the focus goes
// back where it was; Go moves the focus to that paragraph.
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/use-t';

export function GoToParagraphDialog({ open, max, onClose, onGo }: { open: boolean; max: number; onClose: () => void; onGo: (position: number) => void }) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const going = useRef(false);
  const [value, setValue] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement as HTMLElement | null;
      going.current = false;
      setValue('');
      element.showModal();
    } else if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="go-to-title"
      className="shortcuts-dialog"
      onClose={() => {
        onClose();
        if (!going.current) returnTo.current?.focus();
      }}
    >
      <h2 id="go-to-title">{t('find.goToTitle')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const position = Number.parseInt(value, 10);
          if (!Number.isFinite(position)) return;
          going.current = true;
          dialog.current?.close();
          onGo(Math.min(Math.max(position, 1), max));
        }}
      >
        <label>
          {t('find.goToLabel', { max })}{' '}
          <input type="number" min={1} max={max} required inputMode="numeric" autoFocus value={value} onChange={(event) => setValue(event.target.value)} />
        </label>
        <div className="editor-actions">
          <button type="submit">{t('pager.go')}</button>
          <button type="button" className="button-quiet" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
