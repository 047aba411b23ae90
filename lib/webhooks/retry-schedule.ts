// When a failed delivery is tried again: 1, 5, 10, 20 and 30 minutes after the tries before, each
// with up to 10 % jitter either way (so hooks that failed together do not retry together), then
// never: six tries over about 66 minutes. A receiver down for a deploy or a restart gets its
// deliveries; one down for longer is told by Redeliver on /admin/webhooks.

export const RETRY_DELAYS_MINUTES = [1, 5, 10, 20, 30] as const;

/** Every try, the first included. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

const JITTER = 0.1;

/**
 * How long after a failed try the next one is due, or null when `attemptsMade` tries were the
 * last. `random` is in [0, 1), as Math.random.
 */
export function retryDelayMs(attemptsMade: number, random: () => number = Math.random): number | null {
  if (!Number.isInteger(attemptsMade) || attemptsMade < 1 || attemptsMade >= MAX_ATTEMPTS) return null;
  const base = RETRY_DELAYS_MINUTES[attemptsMade - 1] * 60_000;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}
