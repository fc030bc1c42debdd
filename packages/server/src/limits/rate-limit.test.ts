import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ADMIN_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  SEARCH_KEY,
  type TestApp,
} from '../../test/helpers/create-test-app.js'
import { expectProblem } from '../../test/helpers/expect-problem.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ rateLimit: { limit: 3, windowMs: 60_000, holdMs: 0 } })
})
afterAll(() => t.close())

const search = (headers: Record<string, string> = {}) => t.app.request('/v1/works?q=spock', { headers })

describe('rate limit', () => {
  it('answers 429 with Retry-After past the limit, and RateLimit headers on every answer', async () => {
    const answers = [
      await search(bearer(SEARCH_KEY)),
      await search(bearer(SEARCH_KEY)),
      await search(bearer(SEARCH_KEY)),
    ]
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200])
    expect(answers.map((res) => res.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0'])
    expect(answers[0]!.headers.get('ratelimit-limit')).toBe('3')
    const refused = await search(bearer(SEARCH_KEY))
    const problem = await expectProblem(refused, { status: 429, code: 'rate_limited' })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(problem.detail).toContain('Retry-After')
  })

  it('counts each key apart, and anonymous callers by address', async () => {
    for (let i = 0; i < 3; i++) expect((await search(bearer(MEMBERS_KEY))).status).toBe(200)
    expect((await search(bearer(MEMBERS_KEY))).status).toBe(429)
    for (let i = 0; i < 3; i++) expect((await search()).status).toBe(200)
    expect((await search()).status).toBe(429)
  })

  it('holds a refusal before answering it, up to a bound on refusals held at once', async () => {
    const held = await createTestApp({ rateLimit: { limit: 1, windowMs: 60_000, holdMs: 300, maxHeld: 1 } })
    try {
      const ask = () => held.app.request('/v1/works?q=spock', { headers: bearer(SEARCH_KEY) })
      expect((await ask()).status).toBe(200)
      const answeredAfter = (res: Response | Promise<Response>, started: number) =>
        Promise.resolve(res).then((r) => ({ status: r.status, ms: performance.now() - started }))
      const started = performance.now()
      const [first, second] = await Promise.all([
        answeredAfter(ask(), started),
        answeredAfter(ask(), started),
      ])
      // One refusal is held for the pause; the other, past the bound, is answered without it.
      expect([first.status, second.status]).toEqual([429, 429])
      expect(Math.max(first.ms, second.ms)).toBeGreaterThanOrEqual(290)
      expect(Math.min(first.ms, second.ms)).toBeLessThan(290)
    } finally {
      await held.close()
    }
  })

  it('never limits admin keys, nor health checks', async () => {
    for (let i = 0; i < 6; i++) {
      const res = await search(bearer(ADMIN_KEY))
      expect(res.status).toBe(200)
      expect(res.headers.get('ratelimit-limit')).toBeNull()
    }
    for (let i = 0; i < 6; i++) expect((await t.app.request('/ready')).status).toBe(200)
  })
})
