import { describe, expect, it } from 'vitest'
import { renderReport, targetLine } from './report.js'
import { benchResult, httpRun, MAIN, MB, mainPoint } from './result-fixture.js'
import { checkTargets, TARGETS } from './targets.js'

const lineOf = (result: ReturnType<typeof benchResult>, id: string) =>
  targetLine(checkTargets(result).find((check) => check.id === id)!)

describe('targetLine', () => {
  it.each([
    [
      'a target held to the reference, with Orama for information',
      'index-rate-bodies',
      "- ✓ indexing rate with bodies (100k works): 900 works/s, against the reference's 1,000 works/s, 0.90×; target rate ≥ 0.8× the reference's; 3.00× Orama",
    ],
    [
      'a target held to page 1',
      'cursor-page-50',
      "- ✓ page 50 through the cursor, p50 (100k works): 3.00 ms, against page 1's 2.00 ms, 1.50×; target p50 ≤ 2× page 1's",
    ],
    [
      'a fixed limit',
      'scale-browse-p99',
      '- ✓ filter-only browsing p99 at scale (1M works): 80.0 ms, 0.80× the limit; target p99 ≤ 100 ms',
    ],
    [
      'a size',
      'server-rss',
      '- ✓ server RSS under load (100k works; 1 process): 400 MB, 0.80× the limit; target ≤ 500 MB; 0.50× Orama',
    ],
  ])('%s', (_name, id, line) => {
    expect(lineOf(benchResult(), id)).toBe(line)
  })

  it('says which of several ways of serving was judged', () => {
    const result = benchResult()
    result.points[0]!.http = [
      httpRun('embedded', 800, 300 * MB, { processes: 1, searchThreads: 2 }),
      httpRun('embedded', 1_500, 450 * MB, { processes: 2, searchThreads: 0 }),
    ]
    expect(lineOf(result, 'http-rps')).toBe(
      '- ✓ HTTP throughput, headline mix, every request a search (100k works; best of 2 configurations: 2 processes × 0 search threads): 1,500 req/s, 1.50× the limit; target ≥ 1,000 req/s',
    )
  })

  it('marks a target whose point the run lacks as having no figure', () => {
    expect(lineOf(benchResult([mainPoint()]), 'index-rate-metadata')).toBe(
      "- ? indexing rate, metadata only: no figure (the run has no metadata-only point); target rate ≥ 0.5× the reference's",
    )
  })

  it('marks a figure with nothing to hold it to', () => {
    const result = benchResult()
    result.points[0]!.reference = undefined
    expect(lineOf(result, 'index-size')).toBe(
      "- ? index size (100k works): 140 MB, no reference figure at this size; target size ≤ 1.5× the reference's",
    )
  })
})

describe('renderReport', () => {
  it('prints one line per target, unmet ones marked', () => {
    const result = benchResult()
    result.points[0]!.engines[0]!.queries!.faceted!.p50 = 4
    const report = renderReport(result)
    const lines = report.split('\n').filter((line) => /^- [✓✗?] /.test(line))
    expect(lines).toHaveLength(TARGETS.length)
    expect(lines.filter((line) => line.startsWith('- ✗'))).toEqual([
      '- ✗ headline query p50 (100k works): 4.00 ms, 1.33× the limit; target p50 ≤ 3 ms; 4.00× Orama',
    ])
    expect(report).toContain(`${MAIN / 1000}k works with bodies`)
  })
})
