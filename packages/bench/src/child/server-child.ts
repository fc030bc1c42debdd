/**
 * Child process: the whole HTTP server (`createApp` on `@hono/node-server`, 127.0.0.1, a free port) over
 * one engine. Before listening it times the same queries directly against the engine, so the parent can
 * tell the server's own cost from the engine's. With several processes it serves as `FICDEX_PROCESSES`
 * does: forked processes share one socket, each with the engine opened itself, and the first process
 * only forks them (the direct timing runs in a forked process of its own), so that its memory is what a
 * serving primary's is: it loads neither the engine nor the server. Stops when the parent says so.
 * @module
 */
import cluster, { type Worker } from 'node:cluster'
import type { Server } from 'node:http'
import type { SearchEngine, SearchQuery } from '@ficdex/core'
import type { EngineName } from '../engines/registry.js'
import type { LatencySummary } from '../measure/latency-summary.js'
import { maxRssBytes, nextMessage, reply } from './child-side.js'

export interface ServerChildInput {
  engine: EngineName
  /** Holds the embedded engine's database, built by the engine child. */
  workDir: string
  /** For in-memory engines, which must load it again. */
  corpusDir: string
  queries: SearchQuery[]
  directSeconds: number
  /** Unmeasured passes over the queries before the direct timing (the served engine gets as many from
   * each of its warming connections). */
  directWarmPasses: number
  /** The engine's result cache size; undefined serves with the engine's default, as `ficdex` does. */
  resultCacheSize?: number
  /** Serving processes; more than one only for an engine that keeps its index in a file. */
  processes: number
  /** Search threads of each serving process, as `FICDEX_SEARCH_THREADS` (the embedded engine only). */
  searchThreads: number
}

export interface ServerReady {
  port: number
  direct: LatencySummary
  /** The forked serving processes, whose memory counts as the server's too. */
  servingPids: number[]
}

/** How a forked process learns what to serve, and whether it times the engine instead. */
const INPUT_VARIABLE = 'FICDEX_BENCH_SERVER_INPUT'
const TIMING_VARIABLE = 'FICDEX_BENCH_DIRECT_TIMING'

async function openServed(input: ServerChildInput): Promise<SearchEngine> {
  const { openEngine, PERSISTENT } = await import('../engines/registry.js')
  const engine = await openEngine(input.engine, input.workDir, {
    resultCacheSize: input.resultCacheSize,
    searchThreads: input.searchThreads,
  })
  if (!PERSISTENT[input.engine]) {
    const { indexPaths } = await import('@ficdex/indexer')
    await indexPaths([input.corpusDir], engine)
  }
  return engine
}

/** The queries timed directly against the engine, warmed by as many passes as the served engine gets
 * before its timing (see `http-benchmark.ts`), so that the difference between the two is the HTTP
 * layer's. */
async function timeDirectly(engine: SearchEngine, input: ServerChildInput): Promise<LatencySummary> {
  const { measureQueries } = await import('../measure/run-queries.js')
  const { totals: _, ...direct } = await measureQueries(engine, input.queries, {
    seconds: input.directSeconds,
    warmPasses: input.directWarmPasses,
  })
  return direct
}

async function listen(engine: SearchEngine): Promise<{ server: Server; port: number }> {
  const { createApp } = await import('@ficdex/server')
  const { serve } = await import('@hono/node-server')
  const app = createApp({ engine, logger: { error: (message) => process.stderr.write(`${message}\n`) } })
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ server: server as Server, port: info.port }),
    ) as Server
  })
}

async function close(server: Server, engine: SearchEngine): Promise<void> {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await engine.close()
}

/** A forked serving process: serves until the parent process stops it. */
async function serveForked(input: ServerChildInput): Promise<void> {
  const engine = await openServed(input)
  const { server } = await listen(engine)
  process.once('SIGTERM', () => void close(server, engine).then(() => process.exit(0)))
}

/** A forked timing process: times the queries directly, sends the summary, and exits. */
async function timeForked(input: ServerChildInput): Promise<void> {
  const engine = await openServed(input)
  const direct = await timeDirectly(engine, input)
  await engine.close()
  await reply({ type: 'direct', value: direct })
  process.disconnect()
}

/** The direct timing, from a forked process: the engine is never opened in this one. */
function timeInFork(input: ServerChildInput): Promise<LatencySummary> {
  const worker = cluster.fork({ [INPUT_VARIABLE]: JSON.stringify(input), [TIMING_VARIABLE]: '1' })
  return new Promise((resolve, reject) => {
    worker.once('message', (message: { value: LatencySummary }) => resolve(message.value))
    worker.once('exit', (code) => reject(new Error(`the timing process exited (${code}) before answering`)))
  })
}

/** Forks the serving processes and resolves once every one listens, with their shared port. */
async function forkServers(input: ServerChildInput): Promise<{ port: number; workers: Worker[] }> {
  const env = { [INPUT_VARIABLE]: JSON.stringify(input) }
  const workers = Array.from({ length: input.processes }, () => cluster.fork(env))
  const ports = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<number>((resolve, reject) => {
          worker.once('listening', (address) => resolve(address.port))
          worker.once('exit', (code) =>
            reject(new Error(`a serving process exited (${code}) before listening`)),
          )
        }),
    ),
  )
  return { port: ports[0] as number, workers }
}

async function stopForked(workers: Worker[]): Promise<void> {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve()
          worker.once('exit', () => resolve())
          worker.process.kill('SIGTERM')
        }),
    ),
  )
}

async function run(): Promise<void> {
  process.on('disconnect', () => process.exit(1))
  const start = await nextMessage()
  const input = start.input as ServerChildInput
  try {
    if (input.processes > 1) {
      const direct = await timeInFork(input)
      const { port, workers } = await forkServers(input)
      const servingPids = workers.map((worker) => worker.process.pid as number)
      await reply({ type: 'ready', port, direct, servingPids } satisfies ServerReady & { type: string })
      await nextMessage()
      await stopForked(workers)
    } else {
      const engine = await openServed(input)
      const direct = await timeDirectly(engine, input)
      const { server, port } = await listen(engine)
      await reply({ type: 'ready', port, direct, servingPids: [] } satisfies ServerReady & { type: string })
      await nextMessage()
      await close(server, engine)
    }
    await reply({ type: 'result', value: { peakRssBytes: maxRssBytes() } })
  } catch (error) {
    await reply({ type: 'error', message: (error as Error).stack ?? String(error) })
  }
  process.disconnect()
}

if (cluster.isPrimary) await run()
else {
  const input = JSON.parse(process.env[INPUT_VARIABLE] as string) as ServerChildInput
  await (process.env[TIMING_VARIABLE] ? timeForked(input) : serveForked(input))
}
