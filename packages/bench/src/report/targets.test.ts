import { describe, expect, it } from 'vitest'
import type { BenchResult } from '../benchmark.js'
import {
  benchResult,
  httpRun,
  LARGE,
  latency,
  MAIN,
  MB,
  mainPoint,
  referenceRun,
  runAt,
} from './result-fixture.js'
import { checkTargets, TARGETS, type TargetCheck } from './targets.js'

const checkOf = (result: BenchResult, id: string): TargetCheck => {
  const check = checkTargets(result).find((c) => c.id === id)
  if (!check) throw new Error(`no target ${id}`)
  return check
}

const at = (works: number) => (result: BenchResult) => result.points.find((p) => p.works === works)!
const setIndex = (works: number, rate: number, size?: number) => (result: BenchResult) => {
  const index = runAt(result, works).index!
  index.worksPerSecond = rate
  if (size !== undefined) index.diskBytes = size
}
const setQuery =
  (works: number, kind: 'text' | 'faceted' | 'browse-facets' | 'cursor-deep', p50: number, p99: number) =>
  (result: BenchResult) => {
    runAt(result, works).queries![kind] = latency(p50, p99)
  }
const setHttp = (rps: number, rss: number) => (result: BenchResult) => {
  at(MAIN)(result).http[0] = httpRun('embedded', rps, rss)
}

describe('checkTargets', () => {
  it('lists every target once, and the fixture meets them all', () => {
    const checks = checkTargets(benchResult())
    expect(checks.map((check) => check.id)).toEqual(TARGETS.map((spec) => spec.id))
    expect(new Set(checks.map((check) => check.id)).size).toBe(checks.length)
    for (const check of checks) expect(check.met, check.id).toBe(true)
  })

  it.each<[string, string, (result: BenchResult) => void, boolean, number]>([
    ['rate with bodies at 0.8× the reference', 'index-rate-bodies', setIndex(MAIN, 800), true, 0.8],
    ['rate with bodies just below', 'index-rate-bodies', setIndex(MAIN, 799), false, 0.799],
    ['metadata-only rate at 0.5× the reference', 'index-rate-metadata', setIndex(LARGE, 5_000), true, 0.5],
    ['metadata-only rate just below', 'index-rate-metadata', setIndex(LARGE, 4_990), false, 0.499],
    ['size at 1.5× the reference', 'index-size', setIndex(MAIN, 900, 150 * MB), true, 1.5],
    ['size above', 'index-size', setIndex(MAIN, 900, 151 * MB), false, 1.51],
    ['metadata-only size at 1.5×', 'index-size-metadata', setIndex(LARGE, 6_000, 150 * MB), true, 1.5],
    ['metadata-only size above', 'index-size-metadata', setIndex(LARGE, 6_000, 160 * MB), false, 1.6],
    ['rate at scale at 5,000 works/s', 'scale-index-rate', setIndex(LARGE, 5_000), true, 1],
    ['rate at scale below', 'scale-index-rate', setIndex(LARGE, 4_990), false, 0.998],
    ['HTTP at 1,000 req/s', 'http-rps', setHttp(1_000, 400 * MB), true, 1],
    ['HTTP below', 'http-rps', setHttp(999, 400 * MB), false, 0.999],
    ['server RSS at 500 MB', 'server-rss', setHttp(1_200, 500 * MB), true, 1],
    ['server RSS above', 'server-rss', setHttp(1_200, 550 * MB), false, 1.1],
    ['text p50 at 10 ms', 'text-p50', setQuery(MAIN, 'text', 10, 40), true, 1],
    ['text p50 above', 'text-p50', setQuery(MAIN, 'text', 10.5, 40), false, 1.05],
    ['text p99 at 50 ms', 'text-p99', setQuery(MAIN, 'text', 5, 50), true, 1],
    ['text p99 above', 'text-p99', setQuery(MAIN, 'text', 5, 55), false, 1.1],
    ['headline p50 at 3 ms', 'headline-p50', setQuery(MAIN, 'faceted', 3, 40), true, 1],
    ['headline p50 above', 'headline-p50', setQuery(MAIN, 'faceted', 3.3, 40), false, 1.1],
    ['headline p99 at 50 ms', 'headline-p99', setQuery(MAIN, 'faceted', 2, 50), true, 1],
    ['headline p99 above', 'headline-p99', setQuery(MAIN, 'faceted', 2, 60), false, 1.2],
    ['cursor page 50 at 2× page 1', 'cursor-page-50', setQuery(MAIN, 'cursor-deep', 4, 10), true, 2],
    ['cursor page 50 above 2×', 'cursor-page-50', setQuery(MAIN, 'cursor-deep', 4.2, 10), false, 2.1],
    ['browse p99 at scale at 100 ms', 'scale-browse-p99', setQuery(LARGE, 'browse-facets', 5, 100), true, 1],
    ['browse p99 at scale above', 'scale-browse-p99', setQuery(LARGE, 'browse-facets', 5, 120), false, 1.2],
    ['headline p99 at scale at 100 ms', 'scale-headline-p99', setQuery(LARGE, 'faceted', 5, 100), true, 1],
    ['headline p99 at scale above', 'scale-headline-p99', setQuery(LARGE, 'faceted', 5, 130), false, 1.3],
  ])('%s', (_name, id, change, met, ratio) => {
    const result = benchResult()
    change(result)
    const check = checkOf(result, id)
    expect(check.met).toBe(met)
    expect(check.ratio).toBeCloseTo(ratio, 6)
  })

  it('holds page 50 through the cursor to page 1 of the same queries', () => {
    const result = benchResult()
    runAt(result, MAIN).queries!['sorted-first'] = latency(1.5, 10)
    runAt(result, MAIN).queries!['cursor-deep'] = latency(4.5, 10)
    expect(checkOf(result, 'cursor-page-50')).toMatchObject({
      basis: 'page 1',
      value: 4.5,
      against: 1.5,
      ratio: 3,
      met: false,
    })
  })

  it('holds indexing to the reference of the same point', () => {
    expect(checkOf(benchResult(), 'index-rate-metadata')).toMatchObject({
      works: LARGE,
      basis: 'reference',
      value: 6_000,
      against: 10_000,
      ratio: 0.6,
    })
    expect(checkOf(benchResult(), 'index-size')).toMatchObject({ value: 140 * MB, against: 100 * MB })
  })

  it('judges HTTP by the best of the ways of serving with every request a search', () => {
    const result = benchResult()
    at(MAIN)(result).http = [
      httpRun('embedded', 400, 300 * MB, { processes: 1, searchThreads: 1 }),
      httpRun('embedded', 1_100, 450 * MB, { processes: 2, searchThreads: 1 }),
      httpRun('embedded', 900, 600 * MB, { processes: 2, searchThreads: 0 }),
      httpRun('embedded', 9_000, 700 * MB, { resultCache: true, processes: 1, searchThreads: 1 }),
    ]
    const rps = checkOf(result, 'http-rps')
    expect(rps).toMatchObject({ value: 1_100, met: true })
    expect(rps.label).toContain('best of 3 configurations: 2 processes × 1 search thread')
    // The server's memory is that of the run judged for throughput, not the leanest one.
    expect(checkOf(result, 'server-rss')).toMatchObject({ value: 450 * MB, met: true })
  })

  it('judges HTTP on a run that does not say how it was served', () => {
    const check = checkOf(benchResult(), 'http-rps')
    expect(check).toMatchObject({ value: 1_200, met: true })
    expect(check.label).toBe('HTTP throughput, headline mix, every request a search (100k works; 1 process)')
  })

  it('gives no verdict for targets at a point the run lacks', () => {
    const result = benchResult([mainPoint()])
    const scaleIds = [
      'index-rate-metadata',
      'index-size-metadata',
      'scale-index-rate',
      'scale-browse-p99',
      'scale-headline-p99',
    ]
    for (const id of scaleIds) {
      expect(checkOf(result, id), id).toMatchObject({
        works: null,
        value: null,
        ratio: null,
        met: null,
        missing: 'the run has no metadata-only point',
      })
    }
    const judged = checkTargets(result).filter((check) => !scaleIds.includes(check.id))
    for (const check of judged) expect(check.met, check.id).toBe(true)
  })

  it('gives no verdict for the rate with bodies when the main point has none', () => {
    const main = { ...mainPoint(), bodies: false }
    const check = checkOf(benchResult([main]), 'index-rate-bodies')
    expect(check).toMatchObject({ met: null, missing: 'the run has no main point with bodies' })
    // The main point is then the largest metadata-only one, and is judged as such.
    expect(checkOf(benchResult([main]), 'index-rate-metadata')).toMatchObject({ works: MAIN, met: true })
  })

  it('keeps the figure but gives no verdict when the reference or page 1 has none', () => {
    const result = benchResult()
    at(MAIN)(result).reference = { failure: 'out of memory' }
    delete at(LARGE)(result).reference
    delete runAt(result, MAIN).queries!['sorted-first']
    expect(checkOf(result, 'index-rate-bodies')).toMatchObject({
      value: 900,
      met: null,
      missing: 'the reference loader failed at this size',
    })
    expect(checkOf(result, 'index-size-metadata')).toMatchObject({
      value: 140 * MB,
      met: null,
      missing: 'no reference figure at this size',
    })
    expect(checkOf(result, 'cursor-page-50')).toMatchObject({ value: 3, met: null })
  })

  it('says when the embedded engine failed', () => {
    const result = benchResult()
    at(LARGE)(result).engines = [{ engine: 'embedded', failure: 'out of memory', peakRssBytes: 0 }]
    expect(checkOf(result, 'scale-browse-p99')).toMatchObject({
      works: LARGE,
      value: null,
      met: null,
      missing: 'the embedded engine failed at this size',
    })
  })

  it('says when the judged HTTP run failed', () => {
    const result = benchResult()
    at(MAIN)(result).http = [{ engine: 'embedded', resultCache: false, failure: 'server did not start' }]
    for (const id of ['http-rps', 'server-rss']) {
      expect(checkOf(result, id), id).toMatchObject({
        value: null,
        met: null,
        missing: 'the HTTP run failed',
      })
    }
  })

  it('shows Orama beside a target without letting it decide', () => {
    const result = benchResult()
    // Orama answers the headline query twice as fast, yet the target is met on the embedded figure alone.
    expect(checkOf(result, 'headline-p50')).toMatchObject({ met: true, oramaRatio: 2 })
    expect(checkOf(result, 'index-rate-bodies')).toMatchObject({ met: true, oramaRatio: 3 })
    expect(checkOf(result, 'http-rps')).toMatchObject({ met: true, oramaRatio: 2 })
    // Orama's index lives in memory: no size to compare, and no Orama at the large point.
    expect(checkOf(result, 'index-size').oramaRatio).toBeNull()
    expect(checkOf(result, 'scale-headline-p99').oramaRatio).toBeNull()
  })

  it('reads the reference figures saved with the point', () => {
    const result = benchResult()
    at(MAIN)(result).reference = referenceRun(2_000, 100 * MB)
    expect(checkOf(result, 'index-rate-bodies')).toMatchObject({ ratio: 0.45, met: false })
  })
})
