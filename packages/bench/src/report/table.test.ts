import { describe, expect, it } from 'vitest'
import { benchResult, httpRun, LARGE, MAIN, MB, mainPoint } from './result-fixture.js'
import { buildTable, type Row } from './table.js'

const rowOf = (rows: Row[], id: string): Row => {
  const row = rows.find((r) => r.id === id)
  if (!row) throw new Error(`no row ${id}`)
  return row
}

describe('buildTable', () => {
  it('has a browse row at every scale point beside the headline row', () => {
    const ids = buildTable(benchResult()).rows.map((row) => row.id)
    for (const works of [MAIN, LARGE]) {
      expect(ids).toContain(`scale.${works}.headline`)
      expect(ids).toContain(`scale.${works}.browse`)
    }
  })

  it.each([
    ['index.rate', "rate ≥ 0.8× the reference's", '✓'],
    ['index.size', "size ≤ 1.5× the reference's", '✓'],
    ['index.reference', "rate ≥ 0.8× the reference's; size ≤ 1.5× the reference's", '✓; ✓'],
    ['query.text', 'p50 ≤ 10 ms; p99 ≤ 50 ms', '✓; ✓'],
    ['query.faceted', 'p50 ≤ 3 ms; p99 ≤ 50 ms', '✗; ✓'],
    ['query.browse-facets', '', ''],
    ['query.cursor-deep', "p50 ≤ 2× page 1's", '✓'],
    ['http.rps', '≥ 1,000 req/s', '✓'],
    ['http.rss', '≤ 500 MB', '✓'],
    ['http.latency', '', ''],
    [`scale.${MAIN}.index`, "rate ≥ 0.8× the reference's; size ≤ 1.5× the reference's", '✓; ✓'],
    [
      `scale.${LARGE}.index`,
      "rate ≥ 0.5× the reference's; size ≤ 1.5× the reference's; rate ≥ 5,000 works/s",
      '✓; ✓; ✓',
    ],
    [`scale.${LARGE}.reference`, "rate ≥ 0.5× the reference's; size ≤ 1.5× the reference's", '✓; ✓'],
    [`scale.${MAIN}.headline`, 'p50 ≤ 3 ms; p99 ≤ 50 ms', '✗; ✓'],
    [`scale.${LARGE}.headline`, 'p99 ≤ 100 ms', '✓'],
    [`scale.${MAIN}.browse`, '', ''],
    [`scale.${LARGE}.browse`, 'p99 ≤ 100 ms', '✗'],
  ])('%s shows the targets judged at its size', (id, target, met) => {
    const result = benchResult()
    result.points[0]!.engines[0]!.queries!.faceted!.p50 = 3.5
    result.points[1]!.engines[0]!.queries!['browse-facets']!.p99 = 101
    expect(rowOf(buildTable(result).rows, id)).toMatchObject({ target, met })
  })

  it('shows a target once when the main point is also the largest metadata-only one', () => {
    const main = { ...mainPoint(), bodies: false }
    const rows = buildTable(benchResult([main])).rows
    expect(rowOf(rows, 'index.size')).toMatchObject({ target: "size ≤ 1.5× the reference's", met: '✓' })
    expect(rowOf(rows, 'index.rate')).toMatchObject({
      target: "rate ≥ 0.5× the reference's; rate ≥ 5,000 works/s",
      met: '✓; ✗',
    })
  })

  it('shows the HTTP run the target judged, and says which', () => {
    const main = mainPoint()
    main.http = [
      httpRun('embedded', 700, 300 * MB, { processes: 1, searchThreads: 1 }),
      httpRun('embedded', 1_300, 420 * MB, { processes: 2, searchThreads: 1 }),
      httpRun('embedded', 9_000, 500 * MB, { resultCache: true, processes: 1, searchThreads: 1 }),
    ]
    const rows = buildTable(benchResult([main])).rows
    expect(rowOf(rows, 'http.rps').cells.embedded).toBe('1,300')
    expect(rowOf(rows, 'http.rps').label).toContain('best of 2 configurations: 2 processes × 1 search thread')
    expect(rowOf(rows, 'http.rss').cells.embedded).toBe('420 MB')
    expect(rowOf(rows, 'http.cached').cells.embedded).toMatch(/^9,000 req\/s/)
    expect(rowOf(rows, 'http.serving').cells.embedded).toMatch(
      /^1 process × 1 search thread: 700 · .*; 2 processes × 1 search thread: 1,300 · /,
    )
  })

  it('has no row of ways of serving when the server was served one way', () => {
    const rows = buildTable(benchResult()).rows
    expect(rows.some((row) => row.id === 'http.serving')).toBe(false)
  })
})
