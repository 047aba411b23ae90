// Percentiles and the way the benchmark prints a time, shared by run.ts and the phases it runs
// from modules of their own.

export type Stats = { n: number; p50: number; p95: number; p99: number; min: number; max: number };

/** Nearest-rank percentiles of `values` (NaN when there are none). */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), min: sorted[0], max: sorted[sorted.length - 1] };
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a');
