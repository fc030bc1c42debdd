/**
 * `pnpm bench` flags, and the two presets: the full run the targets are judged on, and `--smoke`, a
 * seconds-long run over a couple of thousand works that exercises every row (what CI runs).
 * @module
 */
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultSearchThreads } from '@ficdex/core'
import { type ChildLimits, REPO_ROOT } from './child/child-process.js'
import { ENGINE_NAMES, type EngineName } from './engines/registry.js'

export interface BenchOptions {
  /** The corpus size of the main table (queries of every kind, HTTP). */
  works: number
  /** Corpus sizes of the scale curve. */
  scale: number[]
  /** Corpora larger than this are metadata-only (no bodies), to keep generation and indexing bounded. */
  bodiesUpTo: number
  seed: string
  engines: EngineName[]
  httpEngines: EngineName[]
  queriesPerKind: number
  secondsPerKind: number
  httpSeconds: number
  connections: number
  /**
   * How the persistent engine is served over HTTP, each load-tested in turn: the first as `ficdex` serves
   * by default, the rest tuned to the machine.
   */
  serving: Serving[]
  sequentialSeconds: number
  limits: ChildLimits
  /** Time limit for the comparison engines' children, which may be far slower to load. */
  compareTimeoutSeconds: number
  cacheDir: string
  freeformsPath: string
  /** Run the embedded engine's optional `optimize()` after loading, timed apart (`ficdex index` does not). */
  optimize: boolean
  /** Write a CPU profile of every child process under this directory (`node --cpu-prof`). */
  profileDir: string | undefined
  /** Write bench/results/*.json and docs/benchmarks.md. */
  write: boolean
  resultsDir: string
  docsPath: string
  smoke: boolean
}

/** Processes on one socket (`FICDEX_PROCESSES`), each searching on this many threads (`FICDEX_SEARCH_THREADS`). */
export interface Serving {
  processes: number
  searchThreads: number
}

/**
 * As `ficdex` serves by default (one process, `defaultSearchThreads` search threads), then a search thread on every core, a process per core searching on its event loop, and a process per
 * core with a search thread each.
 */
export function defaultServing(cores: number): Serving[] {
  const configs = [
    { processes: 1, searchThreads: defaultSearchThreads(cores) },
    { processes: 1, searchThreads: cores },
    { processes: cores, searchThreads: 0 },
    { processes: cores, searchThreads: 1 },
  ]
  return configs.filter(
    (config, i) => configs.findIndex((other) => servingName(other) === servingName(config)) === i,
  )
}

/** `PxT`: P processes of T search threads each. */
export const servingName = ({ processes, searchThreads }: Serving): string => `${processes}x${searchThreads}`

function parseServing(text: string): Serving[] {
  return text.split(',').map((part) => {
    const match = /^(\d+)x(\d+)$/.exec(part.trim())
    if (!match || Number(match[1]) < 1)
      throw new Error(`--serve takes PxT pairs (processes x search threads each, P ≥ 1), not "${part}"`)
    return { processes: Number(match[1]), searchThreads: Number(match[2]) }
  })
}

export const USAGE = `Usage: pnpm bench [--works N] [--scale N,N,…] [--smoke] [options]
       pnpm bench --render bench/results/<file>.json   (rewrite docs/benchmarks.md from saved figures)

  --works N              corpus size of the main table (default 100000; smoke 2000)
  --scale N,N,…          corpus sizes of the scale curve (default 10000,100000,1000000; smoke 500,2000)
  --bodies-up-to N       larger corpora are metadata-only (default 100000; smoke 0: all metadata-only)
  --seed S               corpus and query seed (default 1)
  --engines a,b          of ${ENGINE_NAMES.join(', ')} (default all)
  --http-engines a,b     engines served over HTTP (default embedded,orama)
  --seconds-per-kind S   time budget per query kind (default 5)
  --http-seconds S       load test length (default 10)
  --connections N        load test connections (default 50)
  --serve PxT,PxT,…      how the embedded engine is served over HTTP, each load-tested: P processes
                         (FICDEX_PROCESSES) of T search threads each (FICDEX_SEARCH_THREADS); the first
                         also serves the result-cache run (default: as ficdex serves, 1x(cores-1), then
                         1x(cores), (cores)x0, (cores)x1; smoke 2x0,1x1)
  --timeout S            time limit per child process (default 2400)
  --compare-timeout S    time limit for Orama and MiniSearch children (default 900); a size they would
                         not load in time at their rate on a smaller corpus is skipped, not attempted
  --max-rss-mb N         memory limit per child process (default 6144)
  --optimize             call the embedded engine's optimize() after loading, timed apart, before queries
  --profile DIR          write a CPU profile (.cpuprofile) of every engine and server process under DIR
  --cache-dir DIR        generated corpora and index files (default data/bench)
  --write / --no-write   write bench/results and docs/benchmarks.md (default: write, except --smoke)`

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      works: { type: 'string' },
      scale: { type: 'string' },
      'bodies-up-to': { type: 'string' },
      seed: { type: 'string' },
      engines: { type: 'string' },
      'http-engines': { type: 'string' },
      'seconds-per-kind': { type: 'string' },
      'http-seconds': { type: 'string' },
      connections: { type: 'string' },
      serve: { type: 'string' },
      timeout: { type: 'string' },
      'compare-timeout': { type: 'string' },
      'max-rss-mb': { type: 'string' },
      'cache-dir': { type: 'string' },
      write: { type: 'boolean' },
      'no-write': { type: 'boolean' },
      smoke: { type: 'boolean', default: false },
      optimize: { type: 'boolean', default: false },
      profile: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const smoke = values.smoke ?? false
  const number = (name: keyof typeof values, fallback: number, min = 1) => {
    const text = values[name]
    if (text === undefined) return fallback
    const value = Number(String(text).replaceAll('_', ''))
    if (!Number.isFinite(value) || value < min)
      throw new Error(`--${name} must be a number ≥ ${min}, not "${text}"`)
    return value
  }
  const engines = (name: 'engines' | 'http-engines', fallback: EngineName[]) => {
    const text = values[name]
    if (text === undefined) return fallback
    const list = text.split(',').map((s) => s.trim())
    const unknown = list.find((engine) => !(ENGINE_NAMES as readonly string[]).includes(engine))
    if (unknown !== undefined)
      throw new Error(`--${name}: unknown engine "${unknown}" (use ${ENGINE_NAMES.join(', ')})`)
    return list as EngineName[]
  }
  const scaleText = values.scale ?? (smoke ? '500,2000' : '10000,100000,1000000')
  const scale = scaleText.split(',').map((s) => Number(s.trim().replaceAll('_', '')))
  if (scale.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--scale must list whole numbers, not "${scaleText}"`)
  const cacheDir = resolve(REPO_ROOT, values['cache-dir'] ?? 'data/bench')
  const engineList = engines('engines', [...ENGINE_NAMES])
  return {
    works: Math.floor(number('works', smoke ? 2_000 : 100_000)),
    scale,
    bodiesUpTo: number('bodies-up-to', smoke ? 0 : 100_000, 0),
    seed: values.seed ?? '1',
    engines: engineList,
    httpEngines: engines('http-engines', ['embedded', 'orama']).filter((engine) =>
      engineList.includes(engine),
    ),
    queriesPerKind: smoke ? 8 : 50,
    secondsPerKind: number('seconds-per-kind', smoke ? 0.2 : 5, 0),
    httpSeconds: number('http-seconds', smoke ? 2 : 10),
    connections: number('connections', smoke ? 10 : 50),
    // The smoke run serves from two processes and from a search thread, so CI runs both paths.
    serving:
      values.serve !== undefined
        ? parseServing(values.serve)
        : smoke
          ? parseServing('2x0,1x1')
          : defaultServing(availableParallelism()),
    sequentialSeconds: smoke ? 0.5 : 3,
    limits: {
      timeoutSeconds: number('timeout', smoke ? 300 : 2_400),
      maxRssMb: number('max-rss-mb', smoke ? 2_048 : 6_144),
    },
    compareTimeoutSeconds: number('compare-timeout', smoke ? 300 : 900),
    optimize: values.optimize ?? false,
    profileDir: values.profile === undefined ? undefined : resolve(REPO_ROOT, values.profile),
    cacheDir,
    freeformsPath: join(REPO_ROOT, '../shared/data/ao3-freeform-tags-2016.json'),
    write: values['no-write'] ? false : (values.write ?? !smoke),
    resultsDir: join(REPO_ROOT, 'bench/results'),
    docsPath: join(REPO_ROOT, 'docs/benchmarks.md'),
    smoke,
  }
}

/** Flags that change where things are written, never the figures: left out of the command to reproduce. */
const NOT_REPRODUCED = new Map([
  ['--cache-dir', 1],
  ['--profile', 1],
  ['--write', 0],
  ['--no-write', 0],
])

/** The `pnpm bench …` command that reproduces a run's figures. */
export function reproduceCommand(argv: readonly string[]): string {
  const kept: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=', 2)
    const skip = NOT_REPRODUCED.get(flag as string)
    if (skip === undefined) kept.push(argv[i] as string)
    else if (inline === undefined) i += skip
  }
  return ['pnpm bench', ...kept].join(' ')
}
