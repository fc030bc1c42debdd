/**
 * Child process: the whole HTTP server (`createApp` on `@hono/node-server`, 127.0.0.1, a free port) over
 * one engine. Before listening it times the same queries directly against the engine, so the parent can
 * tell the server's own cost from the engine's. With several processes it serves as `FICDEX_PROCESSES`
 * does: forked processes share one socket, each with the engine opened itself. Stops when the parent says so.
 * @module
 */
import cluster, { type Worker } from 'node:cluster'
import type { Server } from 'node:http'
import type { SearchEngine, SearchQuery } from '@ficdex/core'
import { indexPaths } from '@ficdex/indexer'
import { createApp } from '@ficdex/server'
import { serve } from '@hono/node-server'
import { type EngineName, openEngine, PERSISTENT } from '../engines/registry.js'
import type { LatencySummary } from '../measure/latency-summary.js'
import { measureQueries } from '../measure/run-queries.js'
import { maxRssBytes, nextMessage, reply } from './child-side.js'

export interface ServerChildInput {
  engine: EngineName
  /** Holds the embedded engine's database, built by the engine child. */
  workDir: string
  /** For in-memory engines, which must load it again. */
  corpusDir: string
  queries: SearchQuery[]
  directSeconds: number
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

/** How a forked serving process learns what to serve. */
const INPUT_VARIABLE = 'FICDEX_BENCH_SERVER_INPUT'

function listen(engine: SearchEngine): Promise<{ server: Server; port: number }> {
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

const served = (input: ServerChildInput) => ({
  resultCacheSize: input.resultCacheSize,
  searchThreads: input.searchThreads,
})

/** A forked serving process: serves until the parent process stops it. */
async function serveForked(input: ServerChildInput): Promise<void> {
  const engine = await openEngine(input.engine, input.workDir, served(input))
  const { server } = await listen(engine)
  process.once('SIGTERM', () => void close(server, engine).then(() => process.exit(0)))
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
    const engine = await openEngine(input.engine, input.workDir, served(input))
    if (!PERSISTENT[input.engine]) await indexPaths([input.corpusDir], engine)
    // Warmed, as the served engine is before its timing (see `http-benchmark.ts`), so that the
    // difference between the two is the HTTP layer's.
    const { totals: _, ...direct } = await measureQueries(engine, input.queries, {
      seconds: input.directSeconds,
    })
    if (input.processes > 1 && PERSISTENT[input.engine]) {
      await engine.close()
      const { port, workers } = await forkServers(input)
      const servingPids = workers.map((worker) => worker.process.pid as number)
      await reply({ type: 'ready', port, direct, servingPids } satisfies ServerReady & { type: string })
      await nextMessage()
      await stopForked(workers)
    } else {
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

if (cluster.isWorker) await serveForked(JSON.parse(process.env[INPUT_VARIABLE] as string))
else await run()
