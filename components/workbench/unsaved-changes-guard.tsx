'use client';
// Asks before the page is left (reload, close, another address) while an editor holds unsaved text.
import { useEffect } from 'react';
import { hasUnsavedEdits } from '@/lib/unsaved-edits';

export function UnsavedChangesGuard() {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedEdits()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  return null;
}
