/**
 * The targets the embedded engine is held to (2-core machine, 100k works with bodies) and how a run
 * fares against them: each absolute figure, and each at least 3× better than Orama's in the same run.
 * An Orama that could not load the corpus counts as beaten.
 * @module
 */
import type { BenchResult, EngineRun, HttpRun, ScalePoint } from '../benchmark.js'

export const ORAMA_FACTOR = 3

export interface TargetCheck {
  id: string
  label: string
  target: string
  /** The embedded engine's figure, or null when it has none. */
  value: number | null
  met: boolean | null
  /** How many times better than Orama (>1 is better), null when either figure is missing. */
  vsOrama: number | null
  /** True when Orama has no figure because it failed. */
  oramaFailed: boolean
}

interface Spec {
  id: string
  label: string
  target: string
  unit: string
  /** The figure of one engine at the main point, if it has one. */
  figure: (engine: EngineRun | undefined, http: HttpRun | undefined) => number | undefined
  lowerIsBetter: boolean
  limit: number
}

export const TARGETS: readonly Spec[] = [
  {
    id: 'headline-p50',
    label: 'headline query p50, in-process',
    target: '≤ 10 ms',
    unit: 'ms',
    figure: (run) => run?.queries?.faceted?.p50,
    lowerIsBetter: true,
    limit: 10,
  },
  {
    id: 'headline-p99',
    label: 'headline query p99, in-process',
    target: '≤ 50 ms',
    unit: 'ms',
    figure: (run) => run?.queries?.faceted?.p99,
    lowerIsBetter: true,
    limit: 50,
  },
  {
    id: 'http-rps',
    label: 'HTTP throughput, headline mix',
    target: '≥ 1,000 req/s',
    unit: 'req/s',
    figure: (_run, http) => http?.measurement?.requestsPerSecond,
    lowerIsBetter: false,
    limit: 1_000,
  },
  {
    id: 'index-rate',
    label: 'indexing rate',
    target: '≥ 2,000 works/s',
    unit: 'works/s',
    figure: (run) => run?.index?.worksPerSecond,
    lowerIsBetter: false,
    limit: 2_000,
  },
  {
    id: 'server-rss',
    label: 'server RSS under load',
    target: '≤ 500 MB',
    unit: 'MB',
    figure: (_run, http) => (http?.measurement ? http.measurement.serverPeakRssBytes / 1024 ** 2 : undefined),
    lowerIsBetter: true,
    limit: 500,
  },
]

export function mainPoint(result: BenchResult): ScalePoint | undefined {
  return result.points.find((point) => point.works === result.mainWorks)
}

/** An engine's HTTP run at a point: served with the result cache (as shipped), or searching every time. */
export function httpRunOf(
  point: ScalePoint | undefined,
  engine: string,
  resultCache: boolean,
): HttpRun | undefined {
  return point?.http.find((run) => run.engine === engine && run.resultCache === resultCache)
}

export function checkTargets(result: BenchResult): TargetCheck[] {
  const point = mainPoint(result)
  const runOf = (engine: string) => point?.engines.find((run) => run.engine === engine)
  // Judged on searches, not on answers from the embedded engine's result cache.
  const httpOf = (engine: string) => httpRunOf(point, engine, false)
  return TARGETS.map((spec) => {
    const value = spec.figure(runOf('embedded'), httpOf('embedded')) ?? null
    const orama = spec.figure(runOf('orama'), httpOf('orama')) ?? null
    const oramaRan = runOf('orama') !== undefined
    const oramaFailed = oramaRan && orama === null
    const vsOrama =
      value === null || orama === null ? null : spec.lowerIsBetter ? orama / value : value / orama
    const absolute = value === null ? null : spec.lowerIsBetter ? value <= spec.limit : value >= spec.limit
    const relative = oramaFailed ? true : vsOrama === null ? null : vsOrama >= ORAMA_FACTOR
    const met = absolute === null ? null : relative === null ? absolute : absolute && relative
    return {
      id: spec.id,
      label: spec.label,
      target: `${spec.target}, ≥ ${ORAMA_FACTOR}× Orama`,
      value,
      met,
      vsOrama,
      oramaFailed,
    }
  })
}

export function unitOf(id: string): string {
  return TARGETS.find((spec) => spec.id === id)?.unit ?? ''
}
