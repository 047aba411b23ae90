// router.refresh(), coalesced for the live page (see lib/live-refresh.ts).
import { useEffect, useMemo } from 'react';
import { createRefreshScheduler } from '@/lib/live-refresh';

/**
 * router.refresh(), coalesced: one reload for a burst of events, at most about one a second, and
 * none while the tab is hidden (one when it is seen again); see lib/live-refresh.ts.
 */
export function useThrottledRefresh(router: { refresh: () => void }) {
  const scheduler = useMemo(() => createRefreshScheduler(() => router.refresh(), () => document.hidden), [router]);
  useEffect(() => {
    const onVisibility = () => scheduler.visibilityChanged();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      scheduler.dispose();
    };
  }, [scheduler]);
  return scheduler.request;
}
