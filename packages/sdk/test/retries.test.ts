/**
 * Retries against a real HTTP server in front of the real app: it answers `503` with `Retry-After`
 * (or other passing failures) a set number of times, then lets requests through.
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { defaultVocabulary, openEmbeddedEngine, type SearchEngine, Work, wrangleWork } from '@ficdex/core'
import { createApp } from '@ficdex/server'
import { getRequestListener } from '@hono/node-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createClient, FicdexApiError, FicdexRequestError } from '../src/index.js'

type Failure = (req: IncomingMessage, res: ServerResponse) => void

/** What the server does to each request until `failures` runs out: then the app answers. */
let failures: Failure[] = []
/** When each request arrived, in milliseconds. */
let arrivals: number[] = []
let engine: SearchEngine
let server: Server
let baseUrl: string

const unavailable =
  (retryAfter?: string): Failure =>
  (_req, res) => {
    res.writeHead(503, {
      'Content-Type': 'application/problem+json',
      ...(retryAfter === undefined ? {} : { 'Retry-After': retryAfter }),
    })
    res.end(
      JSON.stringify({
        type: 'urn:ficdex:problem:unavailable',
        title: 'Service unavailable',
        status: 503,
        detail: 'Down for maintenance.',
        code: 'unavailable',
        requestId: `r${arrivals.length}`,
      }),
    )
  }
const status =
  (code: number): Failure =>
  (_req, res) => {
    res.writeHead(code, { 'Content-Type': 'text/plain' })
    res.end(`HTTP ${code}`)
  }
const hangUp: Failure = (req) => req.socket.destroy()

beforeAll(async () => {
  engine = await openEmbeddedEngine({ path: ':memory:' })
  const work = Work.parse({
    id: 'ferry-1',
    title: 'Ferry Crossing',
    authors: ['tester'],
    fandoms: ["Grey's Anatomy"],
    relationships: ['Addek'],
    words: 4,
    complete: true,
    publishedAt: 1_600_000_000,
    updatedAt: 1_600_000_000,
    kudos: 1,
    text: [{ body: 'The ferry was late.' }],
  })
  await engine.upsert([wrangleWork(defaultVocabulary(), work).work])
  const app = getRequestListener(createApp({ engine }).fetch)
  server = createServer((req, res) => {
    arrivals.push(performance.now())
    const fail = failures.shift()
    if (fail) fail(req, res)
    else void app(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await engine?.close()
})
beforeEach(() => {
  failures = []
  arrivals = []
})

const gaps = () => arrivals.slice(1).map((at, i) => at - arrivals[i]!)

describe('retries', () => {
  it('gets the result when the server answers 503 with Retry-After twice, waiting as asked', async () => {
    failures = [unavailable('1'), unavailable('1')]
    const result = await createClient({ baseUrl }).works.search({ relationship: 'Addek' })
    expect(result.hits.map((hit) => hit.work.id)).toEqual(['ferry-1'])
    expect(arrivals).toHaveLength(3)
    // Backoff alone would wait at most 0.5 s, then 1 s: these waits are the server's.
    for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(990)
  })

  it('gives up after maxRetries with a FicdexApiError when the server always answers 503', async () => {
    failures = Array.from({ length: 10 }, () => unavailable('1'))
    const error = await createClient({ baseUrl, maxRetries: 2 })
      .works.search({ q: 'ferry' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FicdexApiError)
    expect(error).toMatchObject({ status: 503, code: 'unavailable', requestId: 'r3' })
    expect((error as Error).message).toBe('GET /v1/works: Service unavailable: Down for maintenance.')
    expect(arrivals).toHaveLength(3)
  })

  it('backs off on 429, 502 and 504 without Retry-After', async () => {
    failures = [status(429), status(502), status(504)]
    const result = await createClient({ baseUrl, maxRetries: 3 }).health()
    expect(result.works).toBe(1)
    expect(arrivals).toHaveLength(4)
  })

  it('tries again when the connection drops', async () => {
    failures = [hangUp]
    expect((await createClient({ baseUrl }).works.get('ferry-1')).title).toBe('Ferry Crossing')
    expect(arrivals).toHaveLength(2)
  })

  it('gives up on a dropped connection after maxRetries with a FicdexRequestError', async () => {
    failures = [hangUp, hangUp]
    const error = await createClient({ baseUrl, maxRetries: 1 })
      .health()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FicdexRequestError)
    expect(arrivals).toHaveLength(2)
  })

  it('does not retry a 500, nor a Retry-After longer than a minute, nor with maxRetries 0', async () => {
    failures = [status(500)]
    await expect(createClient({ baseUrl }).health()).rejects.toMatchObject({ status: 500 })
    failures = [unavailable('120')]
    await expect(createClient({ baseUrl }).health()).rejects.toMatchObject({ status: 503 })
    failures = [unavailable('1')]
    await expect(createClient({ baseUrl, maxRetries: 0 }).health()).rejects.toMatchObject({ status: 503 })
    expect(arrivals).toHaveLength(3)
  })
})
