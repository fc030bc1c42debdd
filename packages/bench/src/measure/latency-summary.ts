/**
 * Latency percentiles and throughput from raw per-query durations.
 * @module
 */

export interface LatencySummary {
  /** Queries measured. */
  n: number
  p50: number
  p95: number
  p99: number
  mean: number
  max: number
  /** Queries per second, one after another on one thread. */
  qps: number
}

/** Nearest-rank percentile of ascending `sorted` values (`p` in 0..100); NaN for no values. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

/** Summarizes durations in milliseconds measured over `elapsedMs` of wall time. */
export function summarize(durationsMs: readonly number[], elapsedMs: number): LatencySummary {
  const sorted = Float64Array.from(durationsMs).sort()
  const total = sorted.reduce((sum, d) => sum + d, 0)
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
    max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] as number),
    qps: elapsedMs > 0 ? (sorted.length * 1000) / elapsedMs : Number.NaN,
  }
}
