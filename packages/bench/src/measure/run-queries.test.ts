import type { SearchEngine, SearchQuery } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { measureQueries } from './run-queries.js'

const COLD_MS = 30

/** An engine whose first search of each query is slow, as a cold index's first look at a letter is. */
function coldFirstEngine(): SearchEngine {
  const seen = new Set<string>()
  return {
    search: async (query: SearchQuery) => {
      const key = JSON.stringify(query)
      if (!seen.has(key)) {
        seen.add(key)
        await new Promise((resolve) => setTimeout(resolve, COLD_MS))
      }
      return { total: 1 }
    },
  } as unknown as SearchEngine
}

const queries: SearchQuery[] = Array.from({ length: 10 }, (_, i) => ({ text: `q${i}` }) as SearchQuery)

describe('measureQueries', () => {
  it('times only warm queries when the warming pass takes longer than the budget', async () => {
    // One cold pass takes 300 ms, three times the budget: cut at the budget, it left cold queries timed.
    const measured = await measureQueries(coldFirstEngine(), queries, { seconds: 0.1 })
    expect(measured.n).toBeGreaterThanOrEqual(queries.length)
    expect(measured.max).toBeLessThan(COLD_MS / 2)
  })

  it('still times at least a few queries of an engine too slow to warm within its overrun', async () => {
    const slow = {
      search: async () => {
        await new Promise((resolve) => setTimeout(resolve, COLD_MS))
        return { total: 1 }
      },
    } as unknown as SearchEngine
    const measured = await measureQueries(slow, queries, { seconds: 0.02, warmPasses: 3 })
    expect(measured.n).toBeGreaterThanOrEqual(5)
    expect(measured.totals).toHaveLength(Math.min(measured.n, queries.length))
  })

  it('runs beforePass, untimed, before each timed pass and never while warming', async () => {
    const events: string[] = []
    const engine = {
      search: async () => {
        events.push('search')
        await new Promise((resolve) => setTimeout(resolve, 2))
        return { total: 1 }
      },
    } as unknown as SearchEngine
    const write = async () => {
      events.push('write')
      await new Promise((resolve) => setTimeout(resolve, 40))
    }
    const measured = await measureQueries(engine, queries, { seconds: 0.05, beforePass: write })
    const passes = Math.ceil(measured.n / queries.length)
    const pass = ['write', ...queries.map(() => 'search')]
    expect(events).toEqual([
      ...queries.map(() => 'search'),
      ...Array.from({ length: passes }, () => pass)
        .flat()
        .slice(0, passes + measured.n),
    ])
    // The writes' 40 ms each are left out of the rate.
    expect(measured.qps).toBeGreaterThan(measured.n / ((passes * 40) / 1000))
  })
})
