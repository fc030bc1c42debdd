/**
 * The one results table: a row per measured figure, a column per engine, then the target and whether it
 * was met. Rows have stable ids so a test can check that a run produced all of them.
 * @module
 */
import type { BenchResult, EngineRun, HttpRun, ScalePoint } from '../benchmark.js'
import type { ReferenceChildResult } from '../child/reference-child.js'
import type { EngineName } from '../engines/registry.js'
import { SEARCH_AFTER } from '../engines/registry.js'
import { QUERY_KIND_LABELS, QUERY_KINDS } from '../query-mix.js'
import { bytes, count, ms, ratio, seconds, works } from './format.js'
import { checkAgainstReference } from './reference-targets.js'
import {
  BROWSE_KIND,
  checkTargets,
  httpRunOf,
  judgedHttpRun,
  judgedServing,
  mainPoint,
  searchRuns,
  servingOf,
  type TargetCheck,
} from './targets.js'

export interface Row {
  id: string
  label: string
  cells: Partial<Record<EngineName, string>>
  /** The reference loader's figure, on the indexing rows (see `ReferenceRun`). */
  reference?: string
  target: string
  met: string
}

export interface Table {
  engines: EngineName[]
  /** Whether the run has the reference loader's column (results saved before it existed have not). */
  reference: boolean
  rows: Row[]
  /** Why engines have no figures, once each: cells refer to them as "failed (n)" or "skipped (n)". */
  notes: string[]
}

type Cell = (run: EngineRun) => string
type ReferenceCell = (load: ReferenceChildResult) => string

export function buildTable(result: BenchResult): Table {
  const checks = checkTargets(result)
  const main = mainPoint(result)
  // A row shows the targets of the measures it shows that were judged at its own corpus size.
  const targetsAt = (point: ScalePoint | undefined, measures: string[], basis?: TargetCheck['basis']) =>
    verdict(
      checks.filter(
        (check) =>
          check.works === point?.works &&
          measures.includes(check.row) &&
          (basis === undefined || check.basis === basis),
      ),
    )
  const rows: Row[] = []
  const notes: string[] = []
  // A failed engine fails every row of its corpus size: say why once, below the table.
  const noted = (engine: EngineName, size: number | undefined, reason: string): string => {
    const text = `${ENGINE_TITLE[engine]}${size === undefined ? '' : `, ${works(size)} works`}: ${reason.split('\n')[0]}`
    let index = notes.indexOf(text)
    if (index < 0) index = notes.push(text) - 1
    return `${reason.startsWith('skipped') ? 'skipped' : 'failed'} (${index + 1})`
  }
  const engineRow = (
    point: ScalePoint | undefined,
    id: string,
    label: string,
    cell: Cell,
    measures: string[] = [],
    referenceCell?: ReferenceCell,
  ) => {
    const cells: Row['cells'] = {}
    for (const engine of result.engines) {
      const run = point?.engines.find((r) => r.engine === engine)
      cells[engine] = !run
        ? 'not run'
        : run.failure !== undefined
          ? noted(engine, point?.works, run.failure)
          : cell(run)
    }
    const reference = point?.reference
    rows.push({
      id,
      label,
      cells,
      ...(referenceCell && reference
        ? {
            reference: reference.load
              ? referenceCell(reference.load)
              : `failed: ${(reference.failure ?? '').split('\n')[0]}`,
          }
        : {}),
      ...targetsAt(point, measures),
    })
  }
  // Indexing as a share of the reference's rate and a multiple of its size, judged for the embedded engine.
  const referenceRow = (point: ScalePoint | undefined, id: string, label: string) => {
    if (!point?.reference) return
    const cells: Row['cells'] = {}
    for (const engine of result.engines) {
      const share = checkAgainstReference(point, engine)
      const run = point.engines.find((r) => r.engine === engine)
      cells[engine] = share
        ? `${ratio(share.rateShare)} rate · ${share.sizeFactor === null ? 'in memory' : `${ratio(share.sizeFactor)} size`}`
        : run?.failure !== undefined
          ? noted(engine, point.works, run.failure)
          : 'n/a'
    }
    rows.push({
      id,
      label,
      cells,
      reference: '1× · 1×',
      ...targetsAt(point, INDEX_MEASURES, 'reference'),
    })
  }
  const httpRow = (
    id: string,
    label: string,
    cell: (run: HttpRun & { measurement: NonNullable<HttpRun['measurement']> }) => string,
    measures: string[] = [],
    resultCache = false,
  ) => {
    const cells: Row['cells'] = {}
    for (const engine of result.engines) {
      const run = resultCache ? httpRunOf(main, engine, true) : judgedHttpRun(main, engine)
      cells[engine] = !run
        ? resultCache && engine !== 'embedded'
          ? 'no result cache'
          : 'not served'
        : run.measurement
          ? cell({ ...run, measurement: run.measurement })
          : noted(engine, main?.works, `HTTP: ${run.failure ?? 'no figures'}`)
    }
    rows.push({
      id,
      label,
      cells,
      ...targetsAt(main, measures),
    })
  }

  const size = main ? `${works(main.works)} works${main.bodies ? '' : ', metadata only'}` : ''
  engineRow(
    main,
    'index.time',
    `Index build, read + normalize + load (${size})`,
    (run) =>
      run.index!.optimizeMs === null
        ? seconds(run.index!.ms)
        : `${seconds(run.index!.ms)} (then optimize ${seconds(run.index!.optimizeMs)})`,
    [],
    (load) => seconds(load.ms),
  )
  engineRow(
    main,
    'index.rate',
    'Indexing rate',
    (run) => `${count(run.index!.worksPerSecond)} works/s`,
    ['index.rate'],
    (load) => `${count(load.worksPerSecond)} works/s`,
  )
  engineRow(
    main,
    'index.size',
    'Index size',
    (run) =>
      run.index!.diskBytes === null
        ? `in memory (heap ${bytes(run.index!.heapBytes)})`
        : `${bytes(run.index!.diskBytes)} on disk`,
    ['index.size'],
    (load) => `${bytes(load.diskBytes)} on disk`,
  )
  engineRow(
    main,
    'index.rss',
    'Peak RSS, indexing',
    (run) => bytes(run.index!.peakRssBytes),
    [],
    (load) => bytes(load.peakRssBytes),
  )
  referenceRow(main, 'index.reference', 'Indexing against the reference: rate share · size multiple')
  for (const kind of QUERY_KINDS) {
    // Results saved before a kind existed have no label for it.
    const label = `Query: ${result.queryKinds[kind] ?? QUERY_KIND_LABELS[kind]} — p50 / p95 / p99 ms · q/s`
    engineRow(
      main,
      `query.${kind}`,
      label,
      (run) => {
        const m = run.queries?.[kind]
        if (m) return `${ms(m.p50)} / ${ms(m.p95)} / ${ms(m.p99)} · ${count(m.qps)}`
        return kind === 'cursor-deep' && !SEARCH_AFTER[run.engine]
          ? 'no search-after: pages by offset'
          : 'n/a'
      },
      [`query.${kind}`],
    )
  }
  engineRow(main, 'query.agreement', 'Queries with the same total as the embedded engine', (run) =>
    run.engine === 'embedded'
      ? 'reference'
      : agreement(
          run,
          main?.engines.find((r) => r.engine === 'embedded'),
        ),
  )
  const http = result.http
  const serving = judgedServing(main)
  httpRow(
    'http.rps',
    `HTTP, headline mix, every request a search: req/s (${http.connections} connections, ${http.seconds} s${serving === undefined ? '' : `; the embedded engine: ${serving}`})`,
    (run) => count(run.measurement.requestsPerSecond),
    ['http.rps'],
  )
  const ways = searchRuns(main, 'embedded')
  if (ways.length > 1) {
    rows.push({
      id: 'http.serving',
      label:
        'HTTP, every request a search, each way of serving the embedded engine (the first as ficdex serves by default): req/s · p50 / p99 ms · server peak RSS',
      cells: {
        ...Object.fromEntries(
          result.engines.map((engine) => [
            engine,
            searchRuns(main, engine).length > 0 ? 'one process, on its event loop' : 'not served',
          ]),
        ),
        embedded: ways
          .map((run) =>
            run.measurement
              ? `${servingOf(run)}: ${count(run.measurement.requestsPerSecond)} · ${ms(run.measurement.p50)} / ${ms(run.measurement.p99)} · ${bytes(run.measurement.serverPeakRssBytes)}`
              : `${servingOf(run)}: failed`,
          )
          .join('; '),
      },
      target: '',
      met: '',
    })
  }
  httpRow(
    'http.latency',
    'HTTP latency under load, p50 / p99 ms',
    (run) => `${ms(run.measurement.p50)} / ${ms(run.measurement.p99)}`,
  )
  httpRow(
    'http.overhead',
    'HTTP overhead per request: one-at-a-time p50 − direct p50',
    (run) =>
      `${ms(run.measurement.overheadP50)} ms (${ms(run.measurement.sequential.p50)} − ${ms(run.measurement.direct.p50)})`,
  )
  httpRow('http.rss', 'Server peak RSS under load', (run) => bytes(run.measurement.serverPeakRssBytes), [
    'http.rss',
  ])
  httpRow(
    'http.errors',
    'HTTP errors / non-2xx answers',
    (run) => `${run.measurement.errors} / ${run.measurement.non2xx}`,
  )
  httpRow(
    'http.cached',
    `HTTP, headline mix, as served (result cache on; the mix's ${result.queriesPerKind} queries repeat): req/s · p50 / p99 · server peak RSS · errors`,
    ({ measurement: m }) =>
      `${count(m.requestsPerSecond)} req/s · ${ms(m.p50)} / ${ms(m.p99)} ms · ${bytes(m.serverPeakRssBytes)} · errors ${m.errors + m.non2xx}`,
    [],
    true,
  )
  for (const point of result.points) {
    const name = `${works(point.works)}${point.bodies ? '' : ' (metadata only)'}`
    engineRow(
      point,
      `scale.${point.works}.index`,
      `Scale ${name}: build · rate · size · peak RSS`,
      (run) =>
        [
          seconds(run.index!.ms),
          `${count(run.index!.worksPerSecond)}/s`,
          run.index!.diskBytes === null ? `heap ${bytes(run.index!.heapBytes)}` : bytes(run.index!.diskBytes),
          bytes(run.peakRssBytes),
        ].join(' · '),
      INDEX_MEASURES,
      (load) =>
        [
          seconds(load.ms),
          `${count(load.worksPerSecond)}/s`,
          bytes(load.diskBytes),
          bytes(load.peakRssBytes),
        ].join(' · '),
    )
    referenceRow(point, `scale.${point.works}.reference`, `Scale ${name}: against the reference`)
    for (const [kind, id, title] of [
      [result.headlineKind, 'headline', 'headline'],
      [BROWSE_KIND, 'browse', 'browse'],
    ] as const) {
      engineRow(
        point,
        `scale.${point.works}.${id}`,
        `Scale ${name}: ${title} p50 / p99 ms`,
        (run) => {
          const m = run.queries?.[kind]
          return m ? `${ms(m.p50)} / ${ms(m.p99)}` : 'n/a'
        },
        [`query.${kind}`],
      )
    }
  }
  return {
    engines: result.engines,
    reference: result.points.some((point) => point.reference !== undefined),
    rows,
    notes,
  }
}

const INDEX_MEASURES = ['index.rate', 'index.size']

export function mark(met: boolean | null): string {
  return met === null ? '?' : met ? '✓' : '✗'
}

function verdict(checks: TargetCheck[]): { target: string; met: string } {
  // When the main point is also the largest metadata-only one, two targets can be the same at that size.
  const shown = checks.filter(
    (check, i) => checks.findIndex((other) => other.target === check.target && other.met === check.met) === i,
  )
  return {
    target: shown.map((check) => check.target).join('; '),
    met: shown.map((check) => mark(check.met)).join('; '),
  }
}

function agreement(run: EngineRun, reference: EngineRun | undefined): string {
  if (!reference?.queries || !run.queries) return 'n/a'
  let same = 0
  let total = 0
  for (const kind of QUERY_KINDS) {
    const ours = run.queries[kind]?.totals ?? []
    const theirs = reference.queries[kind]?.totals ?? []
    for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
      total++
      if (ours[i] === theirs[i]) same++
    }
  }
  return total === 0 ? 'n/a' : `${Math.round((100 * same) / total)}% of ${total}`
}

const REFERENCE_TITLE = 'Reference: minimal SQLite FTS5 loader'

const ENGINE_TITLE: Record<EngineName, string> = {
  embedded: 'embedded (SQLite)',
  orama: 'Orama',
  minisearch: 'MiniSearch',
}

export function renderTable(table: Table): string {
  const header = [
    'Measure',
    ...table.engines.map((engine) => ENGINE_TITLE[engine]),
    ...(table.reference ? [REFERENCE_TITLE] : []),
    'Target (embedded)',
    'Met',
  ]
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`]
  for (const row of table.rows) {
    const cells = [
      row.label,
      ...table.engines.map((engine) => row.cells[engine] ?? ''),
      ...(table.reference ? [row.reference ?? ''] : []),
      row.target,
      row.met,
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  if (table.notes.length > 0) {
    lines.push('', ...table.notes.map((note, i) => `(${i + 1}) ${note.replaceAll('|', '/')}`))
  }
  return lines.join('\n')
}
