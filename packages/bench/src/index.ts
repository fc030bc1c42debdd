/**
 * `@ficdex/bench`: the benchmark harness behind `pnpm bench` — one run, one table, the same corpus and
 * query mix for the embedded engine, Orama and MiniSearch, plus the HTTP server under load.
 * @module
 */
export { type BenchResult, type EngineRun, type HttpRun, runBenchmark, type ScalePoint } from './benchmark.js'
export { MiniSearchEngine } from './engines/minisearch-engine.js'
export { OramaEngine } from './engines/orama-engine.js'
export { ENGINE_LACKS, ENGINE_NAMES, type EngineName, openEngine } from './engines/registry.js'
export { type LatencySummary, percentile, summarize } from './measure/latency-summary.js'
export { type BenchOptions, parseBenchOptions, USAGE } from './options.js'
export { buildQueryMix, HEADLINE_KIND, QUERY_KINDS, type QueryKind, type QueryMix } from './query-mix.js'
export { renderReport } from './report/report.js'
export { buildTable, renderTable } from './report/table.js'
export { checkTargets, TARGETS } from './report/targets.js'
