// When an open workbench reloads its data after live events: a short pause lets a burst (an
// import of many paragraphs, an "Approve all") arrive first, and reloads are at least a second
// apart, so a busy document costs one reload a second, not one per event. A page in a tab
// nobody looks at does not reload at all until it is looked at again: every open page's reload
// is a page render on the server, and translators keep many tabs open.
export const SETTLE_MS = 150;
export const MIN_GAP_MS = 1000;

/** How long to wait before reloading, given when the last reload started (0: never). */
export function refreshDelay(now: number, lastRefreshAt: number): number {
  return Math.max(SETTLE_MS, lastRefreshAt + MIN_GAP_MS - now);
}

type Timer = ReturnType<typeof setTimeout>;

export type RefreshScheduler = {
  /** Something on the page changed elsewhere: reload soon (or once the page is seen again). */
  request(): void;
  /** The page's visibility changed; call on every visibilitychange. */
  visibilityChanged(): void;
  dispose(): void;
};

/** Coalesces reload requests per the rules above; `isHidden` reads document.hidden in a browser. */
export function createRefreshScheduler(
  refresh: () => void,
  isHidden: () => boolean,
): RefreshScheduler {
  let timer: Timer | null = null;
  let lastAt = 0;
  let waitingToBeSeen = false;

  const run = () => {
    timer = null;
    if (isHidden()) {
      waitingToBeSeen = true;
      return;
    }
    lastAt = Date.now();
    refresh();
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(run, refreshDelay(Date.now(), lastAt));
  };

  return {
    request() {
      if (isHidden()) waitingToBeSeen = true;
      else schedule();
    },
    visibilityChanged() {
      if (isHidden() || !waitingToBeSeen) return;
      waitingToBeSeen = false;
      schedule();
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waitingToBeSeen = false;
    },
  };
}
