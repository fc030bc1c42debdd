import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runBenchmark } from './benchmark.js'
import { parseBenchOptions } from './options.js'
import { QUERY_KINDS } from './query-mix.js'
import { renderReport } from './report/report.js'
import { buildTable } from './report/table.js'

const cacheDir = await mkdtemp(join(tmpdir(), 'ficdex-bench-smoke-'))
afterAll(() => rm(cacheDir, { recursive: true, force: true }))

/** The smoke run is what CI runs: it proves every row of the table is produced. It never judges timings. */
describe('pnpm bench --smoke', () => {
  it('produces every row of the table, for every engine', { timeout: 600_000 }, async () => {
    const options = parseBenchOptions(['--smoke', '--cache-dir', cacheDir])
    expect(options.write).toBe(false)
    const result = await runBenchmark(options, 'pnpm bench --smoke', () => {})
    const table = buildTable(result)

    const sizes = [...new Set([...options.scale, options.works])]
    const expected = [
      'index.time',
      'index.rate',
      'index.size',
      'index.rss',
      'index.reference',
      ...QUERY_KINDS.map((kind) => `query.${kind}`),
      'query.agreement',
      'http.rps',
      'http.serving',
      'http.latency',
      'http.overhead',
      'http.rss',
      'http.errors',
      'http.cached',
      ...sizes.flatMap((n) => [
        `scale.${n}.index`,
        `scale.${n}.reference`,
        `scale.${n}.headline`,
        `scale.${n}.browse`,
      ]),
    ]
    expect(table.rows.map((row) => row.id).sort()).toEqual(expected.sort())
    expect(table.engines).toEqual(['embedded', 'orama', 'minisearch'])
    for (const row of table.rows) {
      for (const engine of table.engines) {
        const cell = row.cells[engine] ?? ''
        expect(cell, `${row.id} / ${engine}`).not.toBe('')
        expect(cell, `${row.id} / ${engine}`).not.toMatch(/^failed/)
      }
    }
    // The reference loader ran at every size, and indexing is judged against it there.
    for (const id of ['index.rate', 'index.size', ...sizes.map((n) => `scale.${n}.index`)]) {
      expect(table.rows.find((row) => row.id === id)?.reference, id).toMatch(/^\d/)
    }
    // CI serves the embedded engine from forked processes and from a search thread.
    expect(table.rows.find((row) => row.id === 'http.serving')?.cells.embedded).toMatch(
      /^2 processes × 0 search threads: \d.*; 1 process × 1 search thread: \d/,
    )
    const report = renderReport(result)
    expect(report).toContain('| Measure |')
    expect(report).toContain('Indexing against the reference')
  })
})
