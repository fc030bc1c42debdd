/**
 * One benchmark run: for every corpus size, every engine loads the same generated corpus through the
 * indexer in its own guarded process and answers the same query mix; at the main size the HTTP server is
 * load-tested over each served engine. Returns every figure; rendering is elsewhere.
 * @module
 */
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Child, REPO_ROOT } from './child/child-process.js'
import type { EngineChildInput, EngineChildResult, IndexMeasurement } from './child/engine-child.js'
import type { ReferenceChildInput, ReferenceChildResult } from './child/reference-child.js'
import { type Corpus, ensureCorpus } from './corpus-cache.js'
import { ENGINE_LACKS, type EngineName, PERSISTENT } from './engines/registry.js'
import { type HttpMeasurement, measureHttp } from './http/http-benchmark.js'
import { describeMachine, type Machine } from './machine.js'
import type { KindMeasurement } from './measure/run-queries.js'
import { type BenchOptions, type Serving, servingName } from './options.js'
import {
  buildQueryMix,
  HEADLINE_KIND,
  QUERY_KIND_LABELS,
  QUERY_KINDS,
  type QueryKind,
  type QueryMix,
} from './query-mix.js'
import { type SourceVersion, sourceVersion } from './source-version.js'

export interface EngineRun {
  engine: EngineName
  /** Why the engine has no figures (out of memory, out of time, crashed), when it has none. */
  failure?: string
  index?: IndexMeasurement
  queries?: Partial<Record<QueryKind, KindMeasurement>>
  /** Peak resident set of the engine's process over indexing and queries. */
  peakRssBytes: number
}

export interface HttpRun {
  engine: EngineName
  /**
   * Whether the server kept its results cache (the embedded engine's default): then the mix's queries,
   * which repeat, are mostly answered from memory. Without it, every request is a search.
   */
  resultCache: boolean
  /** How it was served; absent in results saved before several ways were measured. */
  processes?: number
  searchThreads?: number
  failure?: string
  measurement?: HttpMeasurement
}

/** The minimal SQLite FTS5 loader of the same fields, on the same corpus: what indexing is judged against. */
export interface ReferenceRun {
  failure?: string
  load?: ReferenceChildResult
}

export interface ScalePoint {
  works: number
  bodies: boolean
  /** Null when the corpus came from the cache. */
  corpusGeneratedMs: number | null
  /** Absent in results saved before the reference row existed. */
  reference?: ReferenceRun
  engines: EngineRun[]
  http: HttpRun[]
}

export interface BenchResult {
  schema: 1
  date: string
  command: string
  source: SourceVersion
  machine: Machine
  seed: string
  mainWorks: number
  engines: EngineName[]
  queryKinds: Record<QueryKind, string>
  headlineKind: QueryKind
  queriesPerKind: number
  secondsPerKind: number
  /** `serving` is absent in results saved before each way of serving was measured. */
  http: { seconds: number; connections: number; serving?: Serving[] }
  lacks: Partial<Record<EngineName, readonly string[]>>
  points: ScalePoint[]
}

const ENGINE_CHILD = fileURLToPath(new URL('./child/engine-child.ts', import.meta.url))
const REFERENCE_CHILD = fileURLToPath(new URL('./child/reference-child.ts', import.meta.url))

export async function runBenchmark(
  options: BenchOptions,
  command: string,
  log: (line: string) => void,
): Promise<BenchResult> {
  const machine = describeMachine()
  const mix = buildQueryMix(options.seed, options.queriesPerKind)
  const sizes = [...new Set([...options.scale, options.works])].sort((a, b) => a - b)
  const points: ScalePoint[] = []
  for (const works of sizes) {
    const corpus = await ensureCorpus(
      options.cacheDir,
      { works, seed: options.seed, bodies: works <= options.bodiesUpTo },
      options.freeformsPath,
    )
    log(
      `corpus: ${works} works ${corpus.bodies ? 'with bodies' : 'metadata only'}${corpus.generatedMs === null ? ' (cached)' : ` generated in ${(corpus.generatedMs / 1000).toFixed(1)} s`}`,
    )
    const workRoot = join(options.cacheDir, 'work', String(works))
    await rm(workRoot, { recursive: true, force: true })
    const point: ScalePoint = {
      works,
      bodies: corpus.bodies,
      corpusGeneratedMs: corpus.generatedMs,
      reference: await runReference(corpus, join(workRoot, 'reference'), options, log),
      engines: [],
      http: [],
    }
    for (const engine of options.engines) {
      const limits =
        engine === 'embedded'
          ? options.limits
          : { ...options.limits, timeoutSeconds: options.compareTimeoutSeconds }
      const tooSlow = predictTooSlow(points, engine, corpus, limits.timeoutSeconds)
      if (tooSlow !== undefined) {
        log(`${engine}: skipped: ${tooSlow}`)
        point.engines.push({ engine, failure: `skipped: ${tooSlow}`, peakRssBytes: 0 })
        continue
      }
      point.engines.push(
        await runEngine(engine, corpus, join(workRoot, engine), mix, { ...options, limits }, log),
      )
    }
    if (works === options.works) {
      for (const engine of options.httpEngines) {
        for (const served of httpRunsOf(engine, options.serving)) {
          if (point.engines.find((run) => run.engine === engine)?.failure !== undefined) {
            point.http.push({ engine, ...served, failure: 'the engine could not load the corpus' })
            continue
          }
          point.http.push(
            await runHttp(engine, served, corpus, join(workRoot, engine), mix[HEADLINE_KIND], options, log),
          )
        }
      }
    }
    await rm(workRoot, { recursive: true, force: true })
    points.push(point)
  }
  return {
    schema: 1,
    date: new Date().toISOString(),
    command,
    source: sourceVersion(REPO_ROOT),
    machine,
    seed: options.seed,
    mainWorks: options.works,
    engines: options.engines,
    queryKinds: QUERY_KIND_LABELS,
    headlineKind: HEADLINE_KIND,
    queriesPerKind: options.queriesPerKind,
    secondsPerKind: options.secondsPerKind,
    http: {
      seconds: options.httpSeconds,
      connections: options.connections,
      serving: options.serving,
    },
    lacks: Object.fromEntries(options.engines.map((engine) => [engine, ENGINE_LACKS[engine]])),
    points,
  }
}

type Served = Serving & { resultCache: boolean }

/**
 * The HTTP runs of an engine: every request a search, in each way of serving the embedded engine (an
 * in-memory engine serves from one process on its event loop, since each process or thread would build its
 * own index), then the embedded engine as shipped, with its result cache, served the first way.
 */
function httpRunsOf(engine: EngineName, serving: readonly Serving[]): Served[] {
  if (!PERSISTENT[engine]) return [{ processes: 1, searchThreads: 0, resultCache: false }]
  const searches = serving.map((config) => ({ ...config, resultCache: false }))
  const shipped = serving[0]
  return shipped ? [...searches, { ...shipped, resultCache: true }] : searches
}

/** The child limits, plus a CPU-profile directory per child when `--profile` asked for one. */
function withProfile(options: BenchOptions, name: string): BenchOptions['limits'] {
  return options.profileDir
    ? { ...options.limits, cpuProfileDir: join(options.profileDir, name) }
    : options.limits
}

/**
 * Why loading this corpus would overrun the time limit, judged from the engine's rate on the largest
 * smaller corpus of the same kind (with or without bodies) in this run; undefined when it may fit.
 */
function predictTooSlow(
  points: readonly ScalePoint[],
  engine: EngineName,
  corpus: Corpus,
  limitSeconds: number,
) {
  const earlier = points.filter((point) => point.bodies === corpus.bodies).at(-1)
  const run = earlier?.engines.find((r) => r.engine === engine)
  if (!earlier || !run) return undefined
  if (run.failure !== undefined) return `it already failed on ${earlier.works} works`
  const rate = run.index?.worksPerSecond ?? 0
  const seconds = corpus.works / rate
  if (seconds <= limitSeconds) return undefined
  return `at its ${Math.round(rate)} works/s on ${earlier.works} works, loading ${corpus.works} would take ~${Math.round(seconds / 60)} min, over the ${Math.round(limitSeconds / 60)} min limit`
}

async function runEngine(
  engine: EngineName,
  corpus: Corpus,
  workDir: string,
  mix: QueryMix,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<EngineRun> {
  log(`${engine}: indexing ${corpus.works} works and timing ${QUERY_KINDS.length} query kinds`)
  const child = new Child(ENGINE_CHILD, withProfile(options, `${corpus.works}-${engine}-engine`))
  child.onPhase = (text) => log(`${engine}: ${text}`)
  try {
    const input: EngineChildInput = {
      engine,
      corpusDir: corpus.dir,
      workDir,
      mix,
      secondsPerKind: options.secondsPerKind,
      optimize: options.optimize,
    }
    child.send({ type: 'start', input })
    const { value } = (await child.next()) as unknown as { value: EngineChildResult }
    log(
      `${engine}: ${Math.round(value.index.worksPerSecond)} works/s, headline p50 ${value.queries[HEADLINE_KIND]?.p50.toFixed(2)} ms`,
    )
    return {
      engine,
      index: value.index,
      queries: value.queries,
      peakRssBytes: Math.max(value.peakRssBytes, child.peakRssBytes),
    }
  } catch (error) {
    log(`${engine}: failed: ${(error as Error).message}`)
    return { engine, failure: (error as Error).message, peakRssBytes: child.peakRssBytes }
  } finally {
    await child.stop()
  }
}

async function runReference(
  corpus: Corpus,
  workDir: string,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<ReferenceRun> {
  log(`reference: loading ${corpus.works} works with a minimal SQLite FTS5 loader`)
  await mkdir(workDir, { recursive: true })
  const child = new Child(REFERENCE_CHILD, withProfile(options, `${corpus.works}-reference`))
  try {
    const input: ReferenceChildInput = { corpusDir: corpus.dir, dbPath: join(workDir, 'reference.db') }
    child.send({ type: 'start', input })
    const { value } = (await child.next()) as unknown as { value: ReferenceChildResult }
    log(`reference: ${Math.round(value.worksPerSecond)} works/s`)
    return { load: { ...value, peakRssBytes: Math.max(value.peakRssBytes, child.peakRssBytes) } }
  } catch (error) {
    log(`reference: failed: ${(error as Error).message}`)
    return { failure: (error as Error).message }
  } finally {
    await child.stop()
  }
}

async function runHttp(
  engine: EngineName,
  served: Served,
  corpus: Corpus,
  workDir: string,
  queries: QueryMix[QueryKind],
  options: BenchOptions,
  log: (line: string) => void,
): Promise<HttpRun> {
  const { resultCache, processes, searchThreads } = served
  const way = servingName(served)
  const name = `${engine} ${way}${resultCache ? ' (result cache)' : ''}`
  log(`${name}: HTTP load test, ${options.connections} connections for ${options.httpSeconds} s`)
  try {
    const measurement = await measureHttp(
      {
        engine,
        workDir,
        corpusDir: corpus.dir,
        processes,
        searchThreads,
        ...(resultCache ? {} : { resultCacheSize: 0 }),
      },
      queries,
      {
        seconds: options.httpSeconds,
        connections: options.connections,
        sequentialSeconds: options.sequentialSeconds,
        limits: withProfile(
          options,
          `${corpus.works}-${engine}-server-${way}${resultCache ? '-cached' : ''}`,
        ),
      },
    )
    log(`${name}: ${Math.round(measurement.requestsPerSecond)} req/s, p99 ${measurement.p99} ms`)
    return { engine, resultCache, processes, searchThreads, measurement }
  } catch (error) {
    log(`${name}: HTTP failed: ${(error as Error).message}`)
    return { engine, resultCache, processes, searchThreads, failure: (error as Error).message }
  }
}
