'use client';
// False in the server's HTML and while React hydrates it, true once event handlers are attached:
// the queue's keys and buttons only work from then on, so they say so (listed, enabled) only then.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
