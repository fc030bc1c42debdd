import type { SearchEngine } from '@ficdex/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALL_KEY, bearer, createTestApp, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { createApp } from '../../app.js'
import { Changes } from './schema.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function list(query: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(`/v1/changes${query}`, { headers })
  expect(res.status).toBe(200)
  return Changes.parse(await res.json())
}

describe('GET /v1/changes', () => {
  it('lists the works the caller may see from 0, each with its work, and where to read on', async () => {
    const page = await list('')
    expect(page.changes.map((c) => c.id).sort()).toEqual([
      'pp-letters',
      'tos-mirror-darkly',
      'tos-shore-leave',
    ])
    expect(page.changes.every((c) => c.op === 'upsert' && c.work.id === c.id)).toBe(true)
    expect(page).toMatchObject({ more: false, next: page.changes.at(-1)?.seq })
    expect(page.links.next).toBe(`/v1/changes?since=${page.next}`)
    expect((await list('?since=0', bearer(ALL_KEY))).changes).toHaveLength(5)
    expect(await list(`?since=${page.next}`)).toMatchObject({ changes: [], more: false, next: page.next })
  })

  it('pages by limit', async () => {
    const first = await list('?limit=2')
    expect(first.changes).toHaveLength(2)
    expect(first.more).toBe(true)
    expect(first.links.next).toBe(`/v1/changes?since=${first.next}&limit=2`)
    const second = await list(`?since=${first.next}&limit=2`)
    expect(second).toMatchObject({ more: false })
    expect(second.changes).toHaveLength(1)
  })

  it.each([
    ['?since=-1', 'query.since'],
    ['?since=soon', 'query.since'],
    ['?limit=0', 'query.limit'],
    ['?limit=1001', 'query.limit'],
    ['?after=3', 'query.after'],
  ])('answers %s with a 400 problem naming it', async (query, location) => {
    const problem = await expectProblem(await t.app.request(`/v1/changes${query}`), {
      status: 400,
      code: 'validation_failed',
    })
    expect(problem.errors?.map((error) => error.location)).toEqual([location])
  })

  it('answers 501 on an engine that keeps no change feed', async () => {
    const engine = t.engine
    const withoutFeed: SearchEngine = {
      name: 'plain',
      upsert: (works) => engine.upsert(works),
      delete: (ids) => engine.delete(ids),
      get: (id, scope) => engine.get(id, scope),
      search: (query) => engine.search(query),
      searchFacet: (query, facet) => engine.searchFacet(query, facet),
      hashes: () => engine.hashes(),
      count: () => engine.count(),
      close: async () => {},
    }
    const app = createApp({ engine: withoutFeed, logger: { error: () => {} } })
    await expectProblem(await app.request('/v1/changes'), { status: 501, code: 'not_implemented' })
  })
})
