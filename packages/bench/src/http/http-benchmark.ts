/**
 * The HTTP measurements for one engine: start the server child, check one answer, warm it with a few
 * unmeasured passes over the mix, put it under load with autocannon (bounded in time, 127.0.0.1 only)
 * while sampling its memory, then time requests one by one.
 * @module
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SearchQuery } from '@ficdex/core'
import { bundleServer } from '@ficdex/server/bundle'
import autocannon, { type Client, type Request } from 'autocannon'
import { Child, type ChildLimits, residentBytes } from '../child/child-process.js'
import type { ServerChildInput, ServerReady } from '../child/server-child.js'
import type { LatencySummary } from '../measure/latency-summary.js'
import { toRequestBody } from './request-body.js'
import { post, timeSequentialRequests } from './sequential-requests.js'
import { servingNodeFlags } from './serving-flags.js'

export interface HttpMeasurement {
  connections: number
  seconds: number
  requestsPerSecond: number
  /** autocannon's latency under load, milliseconds. */
  p50: number
  p99: number
  errors: number
  non2xx: number
  /** Processes serving the requests. */
  processes: number
  /** Peak resident set of the server's processes together during the whole run (load included). */
  serverPeakRssBytes: number
  /** One request at a time over HTTP. */
  sequential: LatencySummary
  /** The same queries straight to the engine, in the server process. */
  direct: LatencySummary
  /** sequential p50 − direct p50: what the HTTP layer adds per request. */
  overheadP50: number
}

export interface HttpOptions {
  seconds: number
  connections: number
  sequentialSeconds: number
  limits: ChildLimits
}

/** Unmeasured passes over the mix per warming connection before the load is timed. */
const WARMUP_PASSES = 2

const searchRequests = (bodies: readonly string[]): Request[] =>
  bodies.map((body) => ({
    method: 'POST',
    path: '/v1/works/search',
    headers: { 'content-type': 'application/json' },
    body,
  }))

/**
 * autocannon sends every connection through the requests from the first, so a load of a few requests per
 * connection repeated the first queries of the mix, all connections the same one at once. Each connection
 * starts further along instead, the starts spread evenly over the mix.
 */
function spreadOver(requests: readonly Request[], connections: number): (client: Client) => void {
  let made = 0
  return (client) => {
    const start = Math.floor(((made++ % connections) * requests.length) / connections)
    client.setRequests([...requests.slice(start), ...requests.slice(0, start)])
  }
}

const SERVER_CHILD = fileURLToPath(new URL('../child/server-child.ts', import.meta.url))

export async function measureHttp(
  input: Omit<ServerChildInput, 'queries' | 'directSeconds' | 'directWarmPasses'>,
  queries: readonly SearchQuery[],
  options: HttpOptions,
): Promise<HttpMeasurement> {
  // Served as production serves: bundled, without tsx (see `@ficdex/server/bundle`).
  const bundleDir = await mkdtemp(join(tmpdir(), 'ficdex-bench-server-'))
  const child = new Child(await bundleServer(SERVER_CHILD, bundleDir), options.limits, servingNodeFlags())
  let stopped = false
  try {
    child.send({
      type: 'start',
      input: { ...input, queries, directSeconds: options.sequentialSeconds, directWarmPasses: WARMUP_PASSES },
    })
    const ready = (await child.next()) as unknown as ServerReady
    const bodies = queries.map((query) => JSON.stringify(toRequestBody(query)))
    const requests = searchRequests(bodies)
    const answer = JSON.parse(await post(undefined, ready.port, bodies[0] as string)) as { total?: unknown }
    if (typeof answer.total !== 'number')
      throw new Error(`the server's answer has no total: ${JSON.stringify(answer).slice(0, 200)}`)

    // Every serving process and search thread keeps its own caches (a letter's index terms, the facet
    // column), which a long-running server has filled: two connections per process and thread, each
    // through the whole mix, reach every cache with every query.
    const connections = 2 * Math.max(1, input.processes) * Math.max(1, input.searchThreads)
    await autocannon({
      url: `http://127.0.0.1:${ready.port}`,
      connections,
      amount: bodies.length * WARMUP_PASSES * connections,
      requests,
      setupClient: spreadOver(requests, connections),
    })

    let peak = 0
    const pids = [child.pid, ...ready.servingPids]
    const sampler = setInterval(() => {
      peak = Math.max(
        peak,
        pids.reduce<number>((sum, pid) => sum + residentBytes(pid), 0),
      )
    }, 100)
    const load = await autocannon({
      url: `http://127.0.0.1:${ready.port}`,
      connections: options.connections,
      duration: options.seconds,
      requests,
      setupClient: spreadOver(requests, options.connections),
    })
    clearInterval(sampler)
    const sequential = await timeSequentialRequests(ready.port, bodies, options.sequentialSeconds)
    child.send({ type: 'stop' })
    const done = (await child.next()) as unknown as { value: { peakRssBytes: number } }
    stopped = true
    return {
      connections: options.connections,
      seconds: options.seconds,
      processes: Math.max(1, ready.servingPids.length),
      requestsPerSecond: load.requests.average,
      p50: load.latency.p50,
      p99: load.latency.p99,
      errors: load.errors + load.timeouts,
      non2xx: load.non2xx,
      serverPeakRssBytes: Math.max(peak, child.peakRssBytes, done.value.peakRssBytes),
      sequential,
      direct: ready.direct,
      overheadP50: sequential.p50 - ready.direct.p50,
    }
  } catch (error) {
    const log = child.stderrTail.trim().split('\n').slice(-8).join(' | ')
    throw new Error(`${(error as Error).message}${log ? ` — server log: ${log}` : ''}`)
  } finally {
    await child.stop(stopped ? 10_000 : 0)
    await rm(bundleDir, { recursive: true, force: true })
  }
}
