'use client';
// "?" anywhere outside a text field opens the list of keyboard shortcuts; Esc or the button
// closes it and focus goes back where it was.
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/use-t';

/** Keys and the locale key of what they do. */
export const SHORTCUTS: Array<[keys: string, action: string]> = [
  ['Ctrl+Enter (⌘+Enter)', 'shortcuts.save'],
  ['Ctrl+S (⌘+S)', 'shortcuts.saveStay'],
  ['Alt+PageDown', 'shortcuts.nextWork'],
  ['Alt+PageUp', 'shortcuts.previousWork'],
  ['Ctrl+G (⌘+G)', 'shortcuts.goTo'],
  ['Ctrl+H (⌘+H)', 'shortcuts.history'],
  ['Alt+↓', 'shortcuts.next'],
  ['Alt+↑', 'shortcuts.previous'],
  ['Ctrl+Shift+C', 'shortcuts.copySource'],
  ['Ctrl+1, Ctrl+2, Ctrl+3', 'shortcuts.memory'],
  ['Esc', 'shortcuts.leave'],
  ['?', 'shortcuts.help'],
  ['J / K', 'shortcuts.queueMove'],
  ['A / R', 'shortcuts.queueDecide'],
];

export function KeyboardShortcutsDialog() {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '?' || target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      returnTo.current = document.activeElement as HTMLElement | null;
      dialog.current?.showModal();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className="shortcuts-dialog"
      onClose={() => {
        setOpen(false);
        returnTo.current?.focus();
      }}
    >
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      {open && (
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('common.close')}
        </button>
      </form>
    </dialog>
  );
}
