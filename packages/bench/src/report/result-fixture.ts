/**
 * Small made-up benchmark results for the report's tests: a main point of 100k works with bodies and a
 * 1M metadata-only point, whose figures meet every target by a margin, so a test moves one figure to a
 * boundary and sees only that target change.
 * @module
 */
import type { BenchResult, EngineRun, HttpRun, ScalePoint } from '../benchmark.js'
import type { EngineName } from '../engines/registry.js'
import type { KindMeasurement } from '../measure/run-queries.js'
import { HEADLINE_KIND, QUERY_KIND_LABELS, type QueryKind } from '../query-mix.js'

export const MAIN = 100_000
export const LARGE = 1_000_000
export const MB = 1024 ** 2

export function latency(p50: number, p99: number): KindMeasurement {
  return { n: 50, p50, p95: p99, p99, mean: p50, max: p99, qps: 1000 / p50, totals: [] }
}

export function engineRun(
  engine: EngineName,
  worksPerSecond: number,
  diskBytes: number | null,
  queries: Partial<Record<QueryKind, KindMeasurement>>,
): EngineRun {
  return {
    engine,
    index: { works: 0, ms: 1, optimizeMs: null, worksPerSecond, diskBytes, heapBytes: MB, peakRssBytes: MB },
    queries,
    peakRssBytes: MB,
  }
}

/** An HTTP run answering `requestsPerSecond`; processes and threads say how it was served, when given. */
export function httpRun(
  engine: EngineName,
  requestsPerSecond: number,
  serverPeakRssBytes: number,
  options: { resultCache?: boolean; processes?: number; searchThreads?: number } = {},
): HttpRun {
  const { resultCache = false, ...served } = options
  const summary = latency(5, 20)
  return {
    engine,
    resultCache,
    ...served,
    measurement: {
      connections: 50,
      seconds: 10,
      requestsPerSecond,
      p50: 5,
      p99: 20,
      errors: 0,
      non2xx: 0,
      processes: served.processes ?? 1,
      serverPeakRssBytes,
      sequential: summary,
      direct: summary,
      overheadP50: 0,
    },
  }
}

export function referenceRun(worksPerSecond: number, diskBytes: number): ScalePoint['reference'] {
  return { load: { works: 0, ms: 1, diskBytes, worksPerSecond, peakRssBytes: MB } }
}

export function mainPoint(): ScalePoint {
  return {
    works: MAIN,
    bodies: true,
    corpusGeneratedMs: null,
    reference: referenceRun(1_000, 100 * MB),
    engines: [
      engineRun('embedded', 900, 140 * MB, {
        text: latency(5, 40),
        faceted: latency(2, 40),
        'browse-facets': latency(1, 10),
        'sorted-first': latency(2, 10),
        'cursor-deep': latency(3, 10),
      }),
      engineRun('orama', 300, null, { faceted: latency(1, 80), text: latency(10, 80) }),
    ],
    http: [
      httpRun('embedded', 1_200, 400 * MB),
      httpRun('embedded', 5_000, 450 * MB, { resultCache: true }),
      httpRun('orama', 600, 800 * MB),
    ],
  }
}

export function largePoint(): ScalePoint {
  return {
    works: LARGE,
    bodies: false,
    corpusGeneratedMs: null,
    reference: referenceRun(10_000, 100 * MB),
    engines: [
      engineRun('embedded', 6_000, 140 * MB, { faceted: latency(5, 90), 'browse-facets': latency(5, 80) }),
    ],
    http: [],
  }
}

export function benchResult(points: ScalePoint[] = [mainPoint(), largePoint()]): BenchResult {
  return {
    schema: 1,
    date: '2026-01-01T00:00:00.000Z',
    command: 'pnpm bench',
    source: { commit: 'abc', changedFiles: 0 },
    machine: { cpu: 'test', cores: 2, ramGb: 4, node: 'v20', os: 'Linux', loadAverage: 0 },
    seed: '1',
    mainWorks: MAIN,
    engines: ['embedded', 'orama'],
    queryKinds: QUERY_KIND_LABELS,
    headlineKind: HEADLINE_KIND,
    queriesPerKind: 50,
    secondsPerKind: 5,
    http: { seconds: 10, connections: 50 },
    lacks: {},
    points,
  }
}

/** An engine's run at a point of `result`, to change one of its figures. */
export function runAt(result: BenchResult, works: number, engine: EngineName = 'embedded'): EngineRun {
  const run = result.points.find((point) => point.works === works)?.engines.find((r) => r.engine === engine)
  if (!run) throw new Error(`no ${engine} run at ${works} works`)
  return run
}
