import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefreshScheduler, MIN_GAP_MS, refreshDelay, SETTLE_MS } from './live-refresh';

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

describe('createRefreshScheduler', () => {
  let hidden = false;
  const refresh = vi.fn();
  const scheduler = () => createRefreshScheduler(refresh, () => hidden);

  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    hidden = false;
    refresh.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('reloads once for a burst, after it settles', () => {
    const reloads = scheduler();
    for (let i = 0; i < 20; i++) reloads.request();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('keeps reloads at least a second apart under a stream of changes', () => {
    const reloads = scheduler();
    for (let ms = 0; ms < 5 * MIN_GAP_MS; ms += 50) {
      reloads.request();
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(MIN_GAP_MS);
    expect(refresh.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(refresh.mock.calls.length).toBeLessThanOrEqual(6);
  });

  it('does not reload a hidden page, and reloads once when it is seen again', () => {
    const reloads = scheduler();
    hidden = true;
    reloads.request();
    reloads.request();
    vi.advanceTimersByTime(10 * MIN_GAP_MS);
    expect(refresh).not.toHaveBeenCalled();

    hidden = false;
    reloads.visibilityChanged();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * MIN_GAP_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('holds a reload that was due while the page went out of sight', () => {
    const reloads = scheduler();
    reloads.request();
    hidden = true;
    reloads.visibilityChanged();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(refresh).not.toHaveBeenCalled();
    hidden = false;
    reloads.visibilityChanged();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the page becomes visible with nothing missed, or after dispose', () => {
    const reloads = scheduler();
    reloads.visibilityChanged();
    vi.advanceTimersByTime(10 * MIN_GAP_MS);
    expect(refresh).not.toHaveBeenCalled();
    reloads.request();
    reloads.dispose();
    vi.advanceTimersByTime(10 * MIN_GAP_MS);
    expect(refresh).not.toHaveBeenCalled();
  });
});
