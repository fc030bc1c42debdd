/**
 * Child process: the whole HTTP server (`createApp` on `@hono/node-server`, 127.0.0.1, a free port) over
 * one engine. Before listening it times the same queries directly against the engine, so the parent can
 * tell the server's own cost from the engine's. Stops when the parent says so.
 * @module
 */
import type { Server } from 'node:http'
import type { SearchQuery } from '@ficdex/core'
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
}

export interface ServerReady {
  port: number
  direct: LatencySummary
}

process.on('disconnect', () => process.exit(1))
const start = await nextMessage()
const input = start.input as ServerChildInput
try {
  const engine = await openEngine(input.engine, input.workDir, { resultCacheSize: input.resultCacheSize })
  if (!PERSISTENT[input.engine]) await indexPaths([input.corpusDir], engine)
  const { totals: _, ...direct } = await measureQueries(engine, input.queries, {
    seconds: input.directSeconds,
  })
  const app = createApp({ engine, logger: { error: (message) => process.stderr.write(`${message}\n`) } })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    void reply({ type: 'ready', port: info.port, direct } satisfies ServerReady & { type: string })
  })
  await nextMessage()
  ;(server as Server).closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await engine.close()
  await reply({ type: 'result', value: { peakRssBytes: maxRssBytes() } })
} catch (error) {
  await reply({ type: 'error', message: (error as Error).stack ?? String(error) })
}
process.disconnect()
