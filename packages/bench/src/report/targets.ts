/**
 * The targets the embedded engine is held to on this 2-core machine, and how a run fares against them.
 * Most are set at the main point (normally 100k works with bodies); the scale targets at the largest
 * metadata-only point (normally 1M works). Indexing is held to the reference loader of the same run, deep
 * paging to page 1 of the same queries, the rest to fixed limits. Orama's figure for the same measure is
 * shown beside a target, but no longer decides it.
 * @module
 */
import type { BenchResult, EngineRun, HttpRun, ScalePoint } from '../benchmark.js'
import type { EngineName } from '../engines/registry.js'
import type { QueryKind } from '../query-mix.js'
import { works } from './format.js'
import { checkAgainstReference, RATE_SHARE, SIZE_FACTOR } from './reference-targets.js'

export type Unit = 'works/s' | 'bytes' | 'ms' | 'req/s'

export interface TargetCheck {
  id: string
  /** What is judged, with the corpus size it was judged at and, for HTTP, which way of serving. */
  label: string
  target: string
  unit: Unit
  /** The id of the table row that shows the measure (the scale rows show it at their own size). */
  row: string
  /** The corpus size of the point the target was judged at; null when the run has no such point. */
  works: number | null
  /** The embedded engine's figure, or null when it has none. */
  value: number | null
  basis: Basis
  /** The figure it is measured against (the reference's, page 1's); null for a fixed limit. */
  against: number | null
  /** value / against, or value / the limit when the target is a fixed limit. */
  ratio: number | null
  met: boolean | null
  /** Why there is no verdict, when there is none. */
  missing?: string
  /** The embedded engine's figure over Orama's for the same measure; null when Orama has none. */
  oramaRatio: number | null
}

/** What a figure is held to: the reference loader's in the same run, page 1 of the same queries, or a limit. */
export type Basis = 'reference' | 'page 1' | 'limit'

interface Held {
  against: number | null
  ratio: number
  met: boolean
}

type PointName = 'main' | 'main with bodies' | 'largest metadata-only'

interface Spec {
  id: string
  label: string
  target: string
  unit: Unit
  at: PointName
  basis: Basis
  row: (result: BenchResult) => string
  /** One engine's figure at the point, if it has one. */
  figure: (point: ScalePoint, engine: EngineName, result: BenchResult) => number | undefined
  /** How the embedded engine's figure fares, or why it cannot be judged. */
  hold: (value: number, point: ScalePoint, result: BenchResult) => Held | string
  /** More about what was judged, for the label. */
  detail?: (point: ScalePoint) => string | undefined
  /** Why the embedded engine has no figure, when something failed. */
  failure?: (point: ScalePoint) => string | undefined
}

export const BROWSE_KIND: QueryKind = 'browse-facets'
/** Deep paging through the cursor is held to the first page of the same sorted queries. */
export const CURSOR_KIND: QueryKind = 'cursor-deep'
export const FIRST_PAGE_KIND: QueryKind = 'sorted-first'
export const CURSOR_FACTOR = 2
const MB = 1024 ** 2

const atMost =
  (limit: number) =>
  (value: number): Held => ({ against: null, ratio: value / limit, met: value <= limit })

const atLeast =
  (limit: number) =>
  (value: number): Held => ({ against: null, ratio: value / limit, met: value >= limit })

function engineRun(point: ScalePoint, engine: EngineName): EngineRun | undefined {
  return point.engines.find((run) => run.engine === engine)
}

function noReference(point: ScalePoint): string {
  return point.reference?.failure === undefined
    ? 'no reference figure at this size'
    : 'the reference loader failed at this size'
}

/** The rate against the reference's, judged as reference-targets.ts judges every point. */
function referenceRate(_value: number, point: ScalePoint): Held | string {
  const check = checkAgainstReference(point)
  if (!check) return noReference(point)
  return { against: check.referenceRate, ratio: check.rateShare, met: check.rateMet }
}

function referenceSize(_value: number, point: ScalePoint): Held | string {
  const check = checkAgainstReference(point)
  if (!check) return noReference(point)
  if (check.sizeFactor === null || check.sizeMet === null) return 'the index is in memory'
  return { against: check.referenceSize, ratio: check.sizeFactor, met: check.sizeMet }
}

function cursorAgainstFirstPage(value: number, point: ScalePoint): Held | string {
  const first = engineRun(point, 'embedded')?.queries?.[FIRST_PAGE_KIND]?.p50
  if (first === undefined) return 'page 1 has no figure'
  const ratio = value / first
  return { against: first, ratio, met: ratio <= CURSOR_FACTOR }
}

const indexRate = (point: ScalePoint, engine: EngineName) => engineRun(point, engine)?.index?.worksPerSecond
const indexSize = (point: ScalePoint, engine: EngineName) =>
  engineRun(point, engine)?.index?.diskBytes ?? undefined

/** The indexing rate or the index size, held to the reference loader's at the same point. */
function againstReference(
  measure: 'rate' | 'size',
): Pick<Spec, 'unit' | 'row' | 'figure' | 'basis' | 'hold'> {
  return measure === 'rate'
    ? { unit: 'works/s', row: () => 'index.rate', figure: indexRate, basis: 'reference', hold: referenceRate }
    : { unit: 'bytes', row: () => 'index.size', figure: indexSize, basis: 'reference', hold: referenceSize }
}

/** A latency percentile of one query kind, or of the run's headline kind. */
function latency(kind: QueryKind | 'headline', stat: 'p50' | 'p99'): Pick<Spec, 'row' | 'figure' | 'unit'> {
  const kindOf = (result: BenchResult) => (kind === 'headline' ? result.headlineKind : kind)
  return {
    unit: 'ms',
    row: (result) => `query.${kindOf(result)}`,
    figure: (point, engine, result) => engineRun(point, engine)?.queries?.[kindOf(result)]?.[stat],
  }
}

const httpRps = (point: ScalePoint, engine: EngineName) =>
  judgedHttpRun(point, engine)?.measurement?.requestsPerSecond

const serverRss = (point: ScalePoint, engine: EngineName) =>
  judgedHttpRun(point, engine)?.measurement?.serverPeakRssBytes

const httpFailure = (point: ScalePoint) =>
  judgedHttpRun(point, 'embedded')?.failure === undefined ? undefined : 'the HTTP run failed'

export const TARGETS: readonly Spec[] = [
  {
    id: 'index-rate-bodies',
    label: 'indexing rate with bodies',
    target: `rate ≥ ${RATE_SHARE.bodies}× the reference's`,
    at: 'main with bodies',
    ...againstReference('rate'),
  },
  {
    id: 'index-rate-metadata',
    label: 'indexing rate, metadata only',
    target: `rate ≥ ${RATE_SHARE.metadataOnly}× the reference's`,
    at: 'largest metadata-only',
    ...againstReference('rate'),
  },
  {
    id: 'index-size',
    label: 'index size',
    target: `size ≤ ${SIZE_FACTOR}× the reference's`,
    at: 'main',
    ...againstReference('size'),
  },
  {
    id: 'index-size-metadata',
    label: 'index size, metadata only',
    target: `size ≤ ${SIZE_FACTOR}× the reference's`,
    at: 'largest metadata-only',
    ...againstReference('size'),
  },
  {
    id: 'http-rps',
    label: 'HTTP throughput, headline mix, every request a search',
    target: '≥ 1,000 req/s',
    unit: 'req/s',
    at: 'main',
    row: () => 'http.rps',
    figure: httpRps,
    basis: 'limit',
    hold: atLeast(1_000),
    detail: judgedServing,
    failure: httpFailure,
  },
  {
    id: 'text-p50',
    label: 'text-only query p50',
    target: 'p50 ≤ 10 ms',
    at: 'main',
    ...latency('text', 'p50'),
    basis: 'limit',
    hold: atMost(10),
  },
  {
    id: 'text-p99',
    label: 'text-only query p99',
    target: 'p99 ≤ 50 ms',
    at: 'main',
    ...latency('text', 'p99'),
    basis: 'limit',
    hold: atMost(50),
  },
  {
    id: 'cursor-page-50',
    label: 'page 50 through the cursor, p50',
    target: `p50 ≤ ${CURSOR_FACTOR}× page 1's`,
    at: 'main',
    ...latency(CURSOR_KIND, 'p50'),
    basis: 'page 1',
    hold: cursorAgainstFirstPage,
  },
  {
    id: 'headline-p50',
    label: 'headline query p50',
    target: 'p50 ≤ 3 ms',
    at: 'main',
    ...latency('headline', 'p50'),
    basis: 'limit',
    hold: atMost(3),
  },
  {
    id: 'headline-p99',
    label: 'headline query p99',
    target: 'p99 ≤ 50 ms',
    at: 'main',
    ...latency('headline', 'p99'),
    basis: 'limit',
    hold: atMost(50),
  },
  {
    id: 'scale-index-rate',
    label: 'indexing rate at scale, metadata only',
    target: 'rate ≥ 5,000 works/s',
    unit: 'works/s',
    at: 'largest metadata-only',
    row: () => 'index.rate',
    figure: indexRate,
    basis: 'limit',
    hold: atLeast(5_000),
  },
  {
    id: 'scale-browse-p99',
    label: 'filter-only browsing p99 at scale',
    target: 'p99 ≤ 100 ms',
    at: 'largest metadata-only',
    ...latency(BROWSE_KIND, 'p99'),
    basis: 'limit',
    hold: atMost(100),
  },
  {
    id: 'scale-headline-p99',
    label: 'headline query p99 at scale',
    target: 'p99 ≤ 100 ms',
    at: 'largest metadata-only',
    ...latency('headline', 'p99'),
    basis: 'limit',
    hold: atMost(100),
  },
  {
    id: 'server-rss',
    label: 'server RSS under load',
    target: '≤ 500 MB',
    unit: 'bytes',
    at: 'main',
    row: () => 'http.rss',
    figure: serverRss,
    basis: 'limit',
    hold: atMost(500 * MB),
    detail: judgedServing,
    failure: httpFailure,
  },
]

export function mainPoint(result: BenchResult): ScalePoint | undefined {
  return result.points.find((point) => point.works === result.mainWorks)
}

/** The point a target is judged at, or why the run has none. */
function pointOf(at: PointName, result: BenchResult): ScalePoint | string {
  const main = mainPoint(result)
  if (at === 'main') return main ?? `the run has no ${works(result.mainWorks)}-work point`
  if (at === 'main with bodies') return main?.bodies ? main : 'the run has no main point with bodies'
  const metadataOnly = result.points.filter((point) => !point.bodies)
  if (metadataOnly.length === 0) return 'the run has no metadata-only point'
  return metadataOnly.reduce((largest, point) => (point.works > largest.works ? point : largest))
}

/** An engine's HTTP run at a point: served with the result cache (as shipped), or searching every time. */
export function httpRunOf(
  point: ScalePoint | undefined,
  engine: string,
  resultCache: boolean,
): HttpRun | undefined {
  return point?.http.find((run) => run.engine === engine && run.resultCache === resultCache)
}

/** An engine's HTTP runs at a point where every request is a search, one per way of serving it. */
export function searchRuns(point: ScalePoint | undefined, engine: string): HttpRun[] {
  return point?.http.filter((run) => run.engine === engine && !run.resultCache) ?? []
}

/**
 * The HTTP run an engine is judged by: of its ways of serving with every request a search, the one that
 * answered most requests (the first, when none has figures, so its failure shows).
 */
export function judgedHttpRun(point: ScalePoint | undefined, engine: string): HttpRun | undefined {
  const rps = (run: HttpRun) => run.measurement?.requestsPerSecond ?? -1
  return searchRuns(point, engine).reduce<HttpRun | undefined>(
    (best, run) => (best === undefined || rps(run) > rps(best) ? run : best),
    undefined,
  )
}

/** Which way of serving the embedded engine was judged, and out of how many. */
export function judgedServing(point: ScalePoint | undefined): string | undefined {
  const run = judgedHttpRun(point, 'embedded')
  if (!run) return undefined
  const way = servingOf(run)
  const count = searchRuns(point, 'embedded').length
  if (count <= 1) return way
  return `best of ${count} configurations${way === undefined ? '' : `: ${way}`}`
}

/** How a run was served, as "2 processes × 1 search thread"; results saved before say less or nothing. */
export function servingOf(run: HttpRun): string | undefined {
  const processes = run.processes ?? run.measurement?.processes
  if (processes === undefined) return undefined
  const threads = run.searchThreads
  const each = threads === undefined ? '' : ` × ${threads} search thread${threads === 1 ? '' : 's'}`
  return `${processes} process${processes === 1 ? '' : 'es'}${each}`
}

export function checkTargets(result: BenchResult): TargetCheck[] {
  return TARGETS.map((spec) => checkTarget(spec, result))
}

function checkTarget(spec: Spec, result: BenchResult): TargetCheck {
  const unjudged = {
    id: spec.id,
    label: spec.label,
    target: spec.target,
    unit: spec.unit,
    row: spec.row(result),
    basis: spec.basis,
    works: null,
    value: null,
    against: null,
    ratio: null,
    met: null,
    oramaRatio: null,
  }
  const point = pointOf(spec.at, result)
  if (typeof point === 'string') return { ...unjudged, missing: point }
  const details = [`${works(point.works)} works`, spec.detail?.(point)].filter((text) => text !== undefined)
  const at = { ...unjudged, label: `${spec.label} (${details.join('; ')})`, works: point.works }
  const value = spec.figure(point, 'embedded', result)
  if (value === undefined) {
    const failed = engineRun(point, 'embedded')?.failure !== undefined
    const why = failed ? 'the embedded engine failed at this size' : spec.failure?.(point)
    return { ...at, missing: why ?? 'not measured in this run' }
  }
  const held = spec.hold(value, point, result)
  if (typeof held === 'string') return { ...at, value, missing: held }
  const orama = spec.figure(point, 'orama', result)
  return { ...at, value, ...held, oramaRatio: orama === undefined || orama <= 0 ? null : value / orama }
}
