/**
 * Child process: loads the corpus into one engine through the indexer, then times every kind of query.
 * Run by the benchmark, one process per engine, so memory figures are the engine's own.
 * @module
 */
import type { SearchQuery } from '@ficdex/core'
import { indexPaths } from '@ficdex/indexer'
import { diskBytes, type EngineName, openEngine, SEARCH_AFTER } from '../engines/registry.js'
import { throughCursor } from '../measure/cursor-queries.js'
import { oneWorkWriter } from '../measure/live-writes.js'
import { type KindMeasurement, measureQueries } from '../measure/run-queries.js'
import type { QueryKind } from '../query-mix.js'
import { maxRssBytes, reply, serveOnce } from './child-side.js'

export interface EngineChildInput {
  engine: EngineName
  corpusDir: string
  workDir: string
  mix: Partial<Record<QueryKind, SearchQuery[]>>
  secondsPerKind: number
  /** Call the engine's `optimize()` after loading (timed apart), as `ficdex index` does not. */
  optimize: boolean
}

export interface IndexMeasurement {
  works: number
  /** Read, normalize and load: what `ficdex index` does, until every work is searchable. */
  ms: number
  /** The engine's optional post-load `optimize()`, when asked for and the engine has one. */
  optimizeMs: number | null
  worksPerSecond: number
  /** Index files on disk, or null for an in-memory engine. */
  diskBytes: number | null
  /** JavaScript heap in use after indexing and a full collection. */
  heapBytes: number
  /** Peak resident set of the process by the end of indexing. */
  peakRssBytes: number
}

export interface EngineChildResult {
  index: IndexMeasurement
  queries: Partial<Record<QueryKind, KindMeasurement>>
  /** Peak resident set by the end of the queries. */
  peakRssBytes: number
}

async function run(input: EngineChildInput): Promise<EngineChildResult> {
  // The mix repeats its queries: without this, every figure after the first round would be a cache hit.
  const engine = await openEngine(input.engine, input.workDir, { resultCacheSize: 0 })
  const phase = (text: string) => void reply({ type: 'progress', text, log: true })
  phase('loading')
  const started = performance.now()
  const report = await indexPaths([input.corpusDir], engine, {
    onProgress: ({ works }) =>
      void reply({
        type: 'progress',
        text: `${works} works loaded in ${seconds(performance.now() - started)}`,
      }),
  })
  const ms = performance.now() - started
  if (report.failed.length > 0) {
    const first = report.failed[0]
    throw new Error(`${report.failed.length} works failed to index, first ${first?.source}: ${first?.reason}`)
  }
  phase(`loaded ${report.loaded} works in ${seconds(ms)}`)
  let optimizeMs: number | null = null
  const optimizable = engine as Partial<{ optimize(): Promise<void> }>
  if (input.optimize && typeof optimizable.optimize === 'function') {
    phase('optimizing')
    const t = performance.now()
    await optimizable.optimize()
    optimizeMs = performance.now() - t
  }
  globalThis.gc?.()
  const index: IndexMeasurement = {
    works: report.loaded,
    ms,
    optimizeMs,
    worksPerSecond: (report.loaded * 1000) / ms,
    diskBytes: diskBytes(input.engine, input.workDir),
    heapBytes: process.memoryUsage().heapUsed,
    peakRssBytes: maxRssBytes(),
  }
  const queries: EngineChildResult['queries'] = {}
  phase('timing queries')
  for (const [kind, list] of Object.entries(input.mix) as [QueryKind, SearchQuery[]][]) {
    if (kind === 'cursor-deep' && !SEARCH_AFTER[input.engine]) continue
    const timed = kind === 'cursor-deep' ? await throughCursor(engine, list) : list
    const beforePass = kind === 'after-write' ? await oneWorkWriter(engine) : undefined
    queries[kind] = await measureQueries(engine, timed, { seconds: input.secondsPerKind, beforePass })
  }
  await engine.close()
  return { index, queries, peakRssBytes: maxRssBytes() }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`

await serveOnce(run)
