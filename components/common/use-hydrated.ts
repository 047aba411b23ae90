'use client';
// False in the server's HTML and while React takes the page over, true once it has: a control
// whose work needs the page's scripts is disabled (or read-only) until then, so a click or a
// keystroke on a slow device is never silently dropped or, in a text box, doubled by hydration.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
