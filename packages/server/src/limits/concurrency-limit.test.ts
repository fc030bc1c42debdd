import type { SearchEngine } from '@ficdex/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bearer,
  createTestApp,
  MEMBERS_KEY,
  SEARCH_KEY,
  type TestApp,
} from '../../test/helpers/create-test-app.js'
import { expectProblem } from '../../test/helpers/expect-problem.js'
import { createApp } from '../app.js'

let t: TestApp
let app: ReturnType<typeof createApp>
/** Searches wait here until the test lets them finish, so requests pile up at the gate. */
const held: (() => void)[] = []
beforeAll(async () => {
  t = await createTestApp()
  const engine = t.engine
  const slow: SearchEngine = {
    name: engine.name,
    search: async (query) => {
      await new Promise<void>((resolve) => held.push(resolve))
      return engine.search(query)
    },
    searchFacet: (query, facet) => engine.searchFacet(query, facet),
    get: (id, scope) => engine.get(id, scope),
    count: () => engine.count(),
    upsert: (works) => engine.upsert(works),
    delete: (ids) => engine.delete(ids),
    hashes: () => engine.hashes(),
    close: () => engine.close(),
  }
  app = createApp({
    engine: slow,
    apiKeys: [
      { scope: 'search', key: SEARCH_KEY },
      { scope: 'members', key: MEMBERS_KEY },
    ],
    concurrency: { concurrency: 1, maxQueued: 10, maxQueuedPerClient: 1, maxWaitMs: 60_000 },
    logger: { error() {} },
  })
})
afterAll(() => t.close())

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 2))
}

describe('concurrency limit', () => {
  it('queues past the limit, refuses past a client’s share with 503 and Retry-After, and serves the others', async () => {
    const flood = bearer(SEARCH_KEY)
    const first = app.request('/v1/works?q=a', { headers: flood })
    await until(() => held.length === 1)
    const queued = app.request('/v1/works?q=b', { headers: flood })
    const other = app.request('/v1/works?q=c', { headers: bearer(MEMBERS_KEY) })
    await new Promise((resolve) => setTimeout(resolve, 10))
    const refused = await app.request('/v1/works?q=d', { headers: flood })
    await expectProblem(refused, { status: 503, code: 'unavailable' })
    expect(refused.headers.get('retry-after')).toBe('1')
    // Let every held search finish, one at a time, as the gate admits them.
    const statuses: Promise<number[]> = Promise.all([first, queued, other].map(async (r) => (await r).status))
    for (let released = 0; released < 3; released++) {
      await until(() => held.length > 0)
      held.shift()?.()
    }
    expect(await statuses).toEqual([200, 200, 200])
  })
})
