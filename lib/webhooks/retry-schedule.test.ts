import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-schedule';

const minutes = (ms: number | null) => (ms === null ? null : ms / 60_000);

describe('the retry schedule', () => {
  it('waits 1, 5, 10, 20 and 30 minutes, then gives up after the sixth try', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6].map((attempts) => minutes(retryDelayMs(attempts, middle)))).toEqual([1, 5, 10, 20, 30, null]);
    expect(MAX_ATTEMPTS).toBe(6);
  });

  it('spreads retries by up to 10 % either way', () => {
    expect(minutes(retryDelayMs(2, () => 0))).toBeCloseTo(4.5);
    expect(minutes(retryDelayMs(2, () => 0.999999))).toBeCloseTo(5.5);
  });

  it('spans about an hour in all', () => {
    let total = 0;
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) total += retryDelayMs(attempts, () => 0)!;
    expect(total / 60_000).toBeGreaterThan(55);
    expect(total / 60_000).toBeLessThan(75);
  });

  it('has no delay before a first try or after nonsense', () => {
    expect(retryDelayMs(0)).toBeNull();
    expect(retryDelayMs(1.5)).toBeNull();
  });
});
