import { describe, expect, it } from 'vitest';
import { MIN_GAP_MS, refreshDelay, SETTLE_MS } from './live-refresh';

describe('refreshDelay', () => {
  it('waits only for a burst to settle when the last reload is long past', () => {
    expect(refreshDelay(100_000, 0)).toBe(SETTLE_MS);
    expect(refreshDelay(100_000, 100_000 - 5 * MIN_GAP_MS)).toBe(SETTLE_MS);
  });

  it('keeps reloads a second apart', () => {
    expect(refreshDelay(10_300, 10_000)).toBe(MIN_GAP_MS - 300);
    expect(refreshDelay(10_000, 10_000)).toBe(MIN_GAP_MS);
  });
});
