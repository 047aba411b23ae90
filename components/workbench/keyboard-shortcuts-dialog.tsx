'use client';
// "?" anywhere outside a text field opens the list of keyboard shortcuts; Esc or the button
// closes it and focus goes back where it was.
import { useEffect, useRef, useState } from 'react';

export const SHORTCUTS: Array<[keys: string, action: string]> = [
  ['Ctrl+Enter (⌘+Enter)', 'Save the paragraph'],
  ['Alt+↓', 'Next paragraph'],
  ['Alt+↑', 'Previous paragraph'],
  ['Ctrl+Shift+C', 'Copy the English into the box'],
  ['Ctrl+1, Ctrl+2, Ctrl+3', 'Use a translation-memory suggestion'],
  ['Esc', 'Leave the text box'],
  ['?', 'Show these shortcuts'],
  ['J / K (review queue)', 'Next / previous paragraph'],
  ['A / R (review queue)', 'Approve / reject'],
];

export function KeyboardShortcutsDialog() {
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
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {open && (
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
