// When an open workbench reloads its data after live events: a short pause lets a burst (an
// import of many paragraphs, an "Approve all") arrive first, and reloads are at least a second
// apart, so a busy document costs one reload a second, not one per event.
export const SETTLE_MS = 150;
export const MIN_GAP_MS = 1000;

/** How long to wait before reloading, given when the last reload started (0: never). */
export function refreshDelay(now: number, lastRefreshAt: number): number {
  return Math.max(SETTLE_MS, lastRefreshAt + MIN_GAP_MS - now);
}
