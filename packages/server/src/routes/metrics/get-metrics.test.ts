import { afterEach, describe, expect, it } from 'vitest'
import {
  ADMIN_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  SEARCH_KEY,
  type TestApp,
} from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'

let t: TestApp
afterEach(() => t.close())

/** The value of one sample line, by metric name and labels as they print. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

const scrape = async (headers: Record<string, string> = bearer(ADMIN_KEY)) => {
  const res = await t.app.request('/metrics', { headers })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  return res.text()
}

describe('GET /metrics', () => {
  it('counts requests by route pattern and status, with latency, search time, refusals and works', async () => {
    t = await createTestApp({
      metrics: 'admin',
      rateLimit: { limit: 2, windowMs: 60_000, holdMs: 0 },
      concurrency: { concurrency: 1, maxQueued: 8, maxQueuedPerClient: 4, maxWaitMs: 5_000 },
    })
    for (let i = 0; i < 3; i++) await t.app.request('/v1/works?q=spock', { headers: bearer(SEARCH_KEY) })
    await t.app.request('/v1/works/no-such-work')
    await t.app.request('/v1/works/no-such-work/chapters/1')
    await t.app.request('/no/route/here')
    const text = await scrape()
    const requests = (route: string, status: number) =>
      sample(text, `ficdex_http_requests_total{route="${route}",method="GET",status="${status}"}`)
    expect(requests('/v1/works', 200)).toBe(2)
    expect(requests('/v1/works', 429)).toBe(1)
    expect(requests('/v1/works/:id', 404)).toBe(1)
    expect(requests('/v1/works/:id/chapters/:n', 404)).toBe(1)
    expect(requests('unmatched', 404)).toBe(1)
    expect(text).not.toContain('no-such-work')
    expect(
      sample(text, 'ficdex_http_request_duration_seconds_count{route="/v1/works",method="GET",status="200"}'),
    ).toBe(2)
    expect(sample(text, 'ficdex_rate_limited_total{caller="search-key"}')).toBe(1)
    expect(sample(text, 'ficdex_engine_search_duration_seconds_count{operation="search"}')).toBe(2)
    expect(sample(text, 'ficdex_gate_queued')).toBe(0)
    expect(sample(text, 'ficdex_works')).toBe(await t.engine.count())
    expect(text).toContain('ficdex_process_resident_memory_bytes')
  })

  it('needs an admin key unless the metrics are public', async () => {
    t = await createTestApp({ metrics: 'admin' })
    await expectProblem(await t.app.request('/metrics'), { status: 401, code: 'unauthorized' })
    await expectProblem(await t.app.request('/metrics', { headers: bearer(MEMBERS_KEY) }), {
      status: 403,
      code: 'forbidden',
    })
    await t.close()
    t = await createTestApp({ metrics: 'public' })
    expect(await scrape({})).toContain('ficdex_http_requests_total')
  })

  it('is not served when metrics are off', async () => {
    t = await createTestApp()
    await expectProblem(await t.app.request('/metrics', { headers: bearer(ADMIN_KEY) }), {
      status: 404,
      code: 'not_found',
    })
  })
})
