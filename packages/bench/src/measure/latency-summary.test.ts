import { describe, expect, it } from 'vitest'
import { percentile, summarize } from './latency-summary.js'

describe('percentile (nearest rank)', () => {
  it.each([
    ['empty', [], 50, Number.NaN],
    ['one value', [7], 99, 7],
    ['median of four', [1, 2, 3, 4], 50, 2],
    ['p95 of 1..100', Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
    ['p99 of 1..10', Array.from({ length: 10 }, (_, i) => i + 1), 99, 10],
    ['p0 clamps to the first', [3, 4], 0, 3],
  ])('%s', (_name, values, p, want) => {
    expect(percentile(values, p)).toEqual(want)
  })
})

describe('summarize', () => {
  it('sorts durations and derives throughput from the wall time', () => {
    expect(summarize([4, 1, 3, 2], 20)).toEqual({ n: 4, p50: 2, p95: 4, p99: 4, mean: 2.5, max: 4, qps: 200 })
  })
})
