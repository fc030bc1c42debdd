/**
 * Times queries against an engine in the calling process, one after another: unmeasured passes over the
 * list first, since a running server has filled its caches (a letter's index terms for typo corrections,
 * the facet column), then passes over the list until the time budget is spent (always at least one full
 * pass, unless a single pass would overrun the budget many times over).
 *
 * The warming passes are whole, not cut at the budget: on a cold 100k index the first pass takes longer
 * than a 3 s budget (a letter's terms load on its first query), and a warming cut short left those loads
 * in the timed queries (p50 16.3 ms where warm passes measure 9–11).
 * @module
 */
import type { SearchEngine, SearchQuery } from '@ficdex/core'
import { type LatencySummary, summarize } from './latency-summary.js'

export interface KindMeasurement extends LatencySummary {
  /** `total` of each query on the first pass, in list order: to compare engines' answers. */
  totals: number[]
}

export interface MeasureOptions {
  seconds: number
  /** Unmeasured passes over the list first, to warm caches and the JIT; default one. */
  warmPasses?: number
  /** Runs, untimed, before each timed pass (after the warming). */
  beforePass?: () => Promise<void>
}

/** A pass is cut short after this many times the budget, so a very slow engine still finishes. */
const OVERRUN = 6

export async function measureQueries(
  engine: SearchEngine,
  queries: readonly SearchQuery[],
  { seconds, warmPasses = 1, beforePass }: MeasureOptions,
): Promise<KindMeasurement> {
  const budget = seconds * 1000
  const warming = performance.now()
  const warmQueries = warmPasses * queries.length
  for (let i = 0; i < warmQueries && performance.now() - warming < budget * OVERRUN; i++) {
    await engine.search(queries[i % queries.length] as SearchQuery)
  }
  const durations: number[] = []
  const totals: number[] = []
  const started = performance.now()
  /** Time spent in `beforePass`, which the budget and the rate leave out. */
  let untimed = 0
  for (let i = 0; ; i++) {
    const elapsed = performance.now() - started - untimed
    const passDone = i >= queries.length
    if ((passDone && elapsed >= budget) || (elapsed >= budget * OVERRUN && i >= 5)) break
    if (beforePass && i % queries.length === 0) {
      const t = performance.now()
      await beforePass()
      untimed += performance.now() - t
    }
    const query = queries[i % queries.length] as SearchQuery
    const t = performance.now()
    const result = await engine.search(query)
    durations.push(performance.now() - t)
    if (!passDone) totals.push(result.total)
  }
  return { ...summarize(durations, performance.now() - started - untimed), totals }
}
