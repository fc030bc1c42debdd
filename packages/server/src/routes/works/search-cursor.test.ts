import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { GREYS_WORKS } from '../../../test/helpers/greys-works.js'
import { SearchResult } from './search-result.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ works: GREYS_WORKS })
})
afterAll(() => t.close())

async function get(path: string) {
  const res = await t.app.request(path)
  expect(res.status, path).toBe(200)
  return SearchResult.parse(await res.json())
}
const ids = (result: SearchResult) => result.hits.map((hit) => hit.work.id)

describe('cursor paging', () => {
  it('follows links.next from cursor=* through every work once, in order, and stops', async () => {
    const all = ids(await get('/v1/works?sort=title&per_page=100'))
    const seen: string[] = []
    let path: string | undefined = '/v1/works?sort=title&per_page=2&cursor=*'
    let pages = 0
    while (path) {
      const page = await get(path)
      seen.push(...ids(page))
      expect(page.links.prev).toBeUndefined()
      path = page.links.next
      pages++
    }
    expect(seen).toEqual(all)
    expect(pages).toBe(Math.ceil(all.length / 2) + (all.length % 2 === 0 ? 1 : 0))
  })

  it('a work deleted between two pages is neither repeated nor skipped', async () => {
    const all = ids(await get('/v1/works?sort=updated&per_page=100'))
    const first = await get('/v1/works?sort=updated&per_page=2&cursor=*')
    await t.engine.delete([all[0] as string, all[3] as string])
    const second = await get(first.links.next as string)
    expect([...ids(first), ...ids(second)]).toEqual(all.filter((id) => id !== all[3]).slice(0, 4))
  })

  const refused: [string, string][] = [
    ['/v1/works?cursor=*&page=2', 'query.page'],
    ['/v1/works?cursor=*&q=addek', 'query.cursor'],
    ['/v1/works?cursor=nonsense', 'query.cursor'],
    [
      `/v1/works?sort=kudos&cursor=${Buffer.from(JSON.stringify(['title', 'asc', 'a', 'b'])).toString('base64url')}`,
      'query.cursor',
    ],
  ]
  it.each(refused)('%s is a 400 at %s', async (path, location) => {
    const problem = await expectProblem(await t.app.request(path), { status: 400, code: 'validation_failed' })
    expect(problem.errors?.map((e) => e.location)).toContain(location)
  })
})
