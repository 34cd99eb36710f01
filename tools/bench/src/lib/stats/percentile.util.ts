/** Latencies of one contender in milliseconds. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank percentile: the smallest sample at or below which `share`
 * (0–1) of the samples lie. No interpolation, so every value printed is one
 * that was really measured. NaN when there are no samples.
 */
export function percentile(samples: readonly number[], share: number): number {
  if (share < 0 || share > 1) throw new RangeError(`share must be between 0 and 1, got ${share}`);
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] as number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const count = samples.length;
  return {
    count,
    mean: count === 0 ? Number.NaN : samples.reduce((sum, value) => sum + value, 0) / count,
    p50: percentile(samples, 0.5),
    p90: percentile(samples, 0.9),
    p99: percentile(samples, 0.99),
    // A loop, not Math.max(...samples): a fast contender gives more samples than a call has room for arguments.
    max: count === 0 ? Number.NaN : samples.reduce((max, value) => (value > max ? value : max), -Infinity),
  };
}
