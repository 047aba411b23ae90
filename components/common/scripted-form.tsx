'use client';
// A form whose work is done by the page's scripts (its submit handler sends a request, its state
// lives in React). In the server's HTML and until React has taken the page over, its controls are
// disabled: on a slow device a choice made or text typed before then would show in the page but
// not in the state the form sends (a format picked was previewed as plain text), and pressing
// Enter would submit the form natively, as a GET with the fields (a password) in the address.
// The fieldset only disables; `display: contents` keeps the form's layout as if it were not there.
import type { ComponentProps } from 'react';
import { useHydrated } from './use-hydrated';

export function ScriptedForm({ children, ...form }: ComponentProps<'form'>) {
  const hydrated = useHydrated();
  return (
    <form {...form}>
      <fieldset disabled={!hydrated} className="scripted-form-controls">
        {children}
      </fieldset>
    </form>
  );
}
