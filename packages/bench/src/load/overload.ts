/**
 * The overload check: a real server process on 127.0.0.1 over a synthetic index, put under three bounded
 * loads with autocannon while one ordinary client ("reader") keeps searching, one request at a time:
 * 1. the reader alone (20 searches a second, well within its limit), for its unloaded latency;
 * 2. a greedy client far over its rate limit, beside the reader: its answers must be 429s with
 *    Retry-After, and the reader's p99 should stay within 2× of its unloaded p99;
 * 3. 200 concurrent expensive searches (an admin key, so the rate limit does not stop them first), beside
 *    the reader; then one cheap search the moment the flood ends, whose wait is the work the flood
 *    left behind.
 * Each server configuration in `CONFIGURATIONS` is measured in turn, in one sitting; then the flood
 * once more with the gate off, to show what the gate buys. Prints one JSON report. Run: `pnpm --filter @ficdex/bench load [--works 5000] [--seconds 6]`.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { availableParallelism, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { openEmbeddedEngine, SCHEMA_VERSION } from '@ficdex/core'
import { indexPaths } from '@ficdex/indexer'
import { bundleServe } from '@ficdex/server/bundle'
import autocannon from 'autocannon'
import { REPO_ROOT } from '../child/child-process.js'
import { ensureCorpus } from '../corpus-cache.js'
import { servingNodeFlags } from '../http/serving-flags.js'
import { summarize } from '../measure/latency-summary.js'
import type { ReaderPlan, ReaderTimes } from './reader-thread.js'

const KEYS = {
  reader: 'reader-search-key-0123456789',
  greedy: 'greedy-search-key-0123456789',
  flood: 'flood-admin-key-0123456789ab',
}
const READER_PATHS = ['ferry', 'hospital', 'letters', 'storm', 'coffee', 'night'].map(
  (q) => `/v1/works?q=${q}&facets=fandom`,
)
// Each computes every match, four facets, highlights and a page of 100 (about 50 ms on 5,000 works with
// texts). A short prefix such as `th` costs far more (8 s measured): see the report.
const EXPENSIVE_PATHS = ['she', 'ferry', 'hospital', 'night', 'storm'].map(
  (q) =>
    `/v1/works?q=${q}&facets=fandom,relationship,character,freeform&facet_limit=50&highlight=true&per_page=100&sort=kudos`,
)

interface Phase {
  connections: number
  requests: number
  p50: number
  p99: number
  max: number
  statuses: Record<string, number>
}

const { values } = parseArgs({
  options: { works: { type: 'string', default: '5000' }, seconds: { type: 'string', default: '6' } },
})
const works = Number(values.works)
const seconds = Number(values.seconds)

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => done(port))
    })
  })

async function indexFile(): Promise<string> {
  const cacheDir = resolve(REPO_ROOT, 'data/bench')
  const corpus = await ensureCorpus(
    cacheDir,
    { works, seed: '1', bodies: true },
    join(REPO_ROOT, '../shared/data/ao3-freeform-tags-2016.json'),
  )
  mkdirSync(join(cacheDir, 'load'), { recursive: true })
  // Named by schema version: an index kept from before a schema change is not opened, but built anew.
  const path = join(cacheDir, 'load', `works-${works}-schema-${SCHEMA_VERSION}.db`)
  if (!existsSync(path)) {
    const engine = await openEmbeddedEngine({ path })
    await indexPaths([corpus.dir], engine)
    await engine.close()
  }
  return path
}

/** The server as the `serve` script runs it: bundled, with its Node flags. */
const SERVE = await bundleServe(join(REPO_ROOT, 'data/bench/load/server'))

async function startServer(
  db: string,
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, [...servingNodeFlags(), SERVE], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FICDEX_DB: db,
      // Every search computed: a cached answer is not the load this measures.
      FICDEX_RESULT_CACHE: '0',
      FICDEX_API_KEYS: `search:${KEYS.reader},search:${KEYS.greedy},admin:${KEYS.flood}`,
      // 150 per 5 s: the reader's 20 a second stay within it, the greedy client's do not.
      FICDEX_RATE_LIMIT: '150',
      FICDEX_RATE_WINDOW_SECONDS: '5',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) ready()
    })
    child.once('exit', (code) => fail(new Error(`the server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}`, child }
}

/**
 * The reader joins a flood a second after its 200 connections opened: a connection opened in the same
 * instant as the burst was seen to wait for the whole burst (see the report).
 */
const afterBurst = () => new Promise((resolve) => setTimeout(resolve, 1000))

/** The ordinary client: one connection, 20 searches a second. */
const READER_RATE = 20

async function load(
  url: string,
  key: string,
  paths: string[],
  connections: number,
  counted: Record<string, number>,
  overallRate?: number,
) {
  const retryAfter = { seen: 0 }
  const result = await autocannon({
    url,
    connections,
    ...(overallRate === undefined ? {} : { overallRate }),
    duration: seconds,
    timeout: 20,
    requests: paths.map((path) => ({
      method: 'GET',
      path,
      headers: { Authorization: `Bearer ${key}` },
      onResponse: (status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
        counted[status] = (counted[status] ?? 0) + 1
        if (status === 429 && headers['retry-after'] !== undefined) retryAfter.seen++
      },
    })),
  })
  const phase: Phase = {
    connections,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    statuses: counted,
  }
  return { phase, retryAfter: retryAfter.seen }
}

const READER_THREAD = fileURLToPath(new URL('./reader-thread.ts', import.meta.url))

/** The reader's searches, made from a thread of its own (see `reader-thread.ts`). */
function readAlongside(url: string): Promise<{ phase: Phase }> {
  const plan: ReaderPlan = { url, key: KEYS.reader, paths: READER_PATHS, rate: READER_RATE, seconds }
  // The harness runs as TypeScript through tsx; its CommonJS hook is the one a worker thread honours.
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs')
  const worker = new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(READER_THREAD)})`, {
    eval: true,
    workerData: plan,
  })
  return new Promise((done, failed) => {
    worker.once('error', failed)
    worker.once('message', ({ latencies, statuses }: ReaderTimes) => {
      void worker.terminate()
      const { n, p50, p99, max } = summarize(latencies, 0)
      done({
        phase: {
          connections: 1,
          requests: n,
          p50: Math.round(p50),
          p99: Math.round(p99),
          max: Math.round(max),
          statuses,
        },
      })
    })
  })
}

/** 200 expensive searches at once, and the reader, starting once they are under way. */
const floodBesideReader = (url: string) =>
  Promise.all([load(url, KEYS.flood, EXPENSIVE_PATHS, 200, {}), afterBurst().then(() => readAlongside(url))])

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done))
  child.kill('SIGTERM')
  await exited
}

/**
 * The server's configurations measured, in one sitting: every search on the event loop (one request at
 * a time), a search thread on every core (the event loop then competes with them for a core), and as it
 * ships (a core left to the event loop; a request slot for each thread and one reserved for a client
 * with none at work). The last also runs the flood with the gate off, to show what the gate buys.
 */
const CONFIGURATIONS: Record<string, Record<string, string>> = {
  mainThread: { FICDEX_SEARCH_THREADS: '0', FICDEX_CONCURRENCY: '1', FICDEX_CONCURRENCY_RESERVED: '0' },
  threadPerCore: { FICDEX_SEARCH_THREADS: String(availableParallelism()) },
  threads: {},
}

/** Milliseconds until a cheap search is answered, sent the moment a load ends: what it left behind. */
async function firstAnswerAfter(url: string): Promise<number> {
  const started = performance.now()
  await fetch(`${url}${READER_PATHS[0]}`, { headers: { Authorization: `Bearer ${KEYS.reader}` } })
  return Math.round(performance.now() - started)
}

async function measure(url: string): Promise<Record<string, unknown>> {
  const report: Record<string, unknown> = {}
  await readAlongside(url) // warm-up, not reported
  const alone = (await readAlongside(url)).phase
  report.readerAlone = alone
  const [greedy, reader] = await Promise.all([
    load(url, KEYS.greedy, READER_PATHS, 20, {}),
    readAlongside(url),
  ])
  report.greedyOverLimit = { ...greedy.phase, with429RetryAfter: greedy.retryAfter }
  report.readerBesideGreedy = reader.phase
  // The target: at most 2 (the reader's p99 beside the greedy client over its p99 alone).
  report.readerP99BesideGreedyOverAlone = round(reader.phase.p99 / alone.p99)
  const [flood, readerFlooded] = await floodBesideReader(url)
  report.firstAnswerAfterFloodMs = await firstAnswerAfter(url)
  report.flood200 = flood.phase
  report.readerBesideFlood = readerFlooded.phase
  report.readerP99BesideFloodOverAlone = round(readerFlooded.phase.p99 / alone.p99)
  return report
}

const round = (n: number) => Math.round(n * 100) / 100

const db = await indexFile()
const report: Record<string, unknown> = { works, seconds, loadAverageAtStart: loadavg()[0] }

for (const [name, env] of Object.entries(CONFIGURATIONS)) {
  const server = await startServer(db, env)
  try {
    report[name] = await measure(server.url)
  } finally {
    await stop(server.child)
  }
}

const ungated = await startServer(db, { FICDEX_CONCURRENCY: '0', FICDEX_RATE_LIMIT: '0' })
try {
  const [flood, reader] = await floodBesideReader(ungated.url)
  report.threadsUngated = {
    firstAnswerAfterFloodMs: await firstAnswerAfter(ungated.url),
    flood200: flood.phase,
    readerBesideFlood: reader.phase,
  }
} finally {
  await stop(ungated.child)
}
report.loadAverageAtEnd = loadavg()[0]

console.log(JSON.stringify(report, null, 2))
