/**
 * A work whose source gave no dates, through the API: its dates are null (never the epoch), it sorts
 * after the dated works in both directions, no date range finds it, stats leave it out, and the Atom
 * feed, whose entries must carry an update time, leaves it out.
 */
import type { WorkInput } from '@ficdex/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/create-test-app.js'
import { atomFeed } from './atom-feed.js'
import { Work } from './schema.js'
import { SearchResult } from './search-result.js'

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000
const work = (id: string, fields: Partial<WorkInput>): WorkInput => ({
  id,
  title: `Work ${id}`,
  fandoms: ["Grey's Anatomy"],
  words: 1000,
  complete: true,
  ...fields,
})

const WORKS = [
  work('dated-old', { publishedAt: day('2015-05-05'), updatedAt: day('2016-06-06') }),
  work('dated-new', { publishedAt: day('2022-02-02'), updatedAt: day('2023-03-03') }),
  work('undated', {}),
]

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ works: WORKS })
})
afterAll(() => t.close())

async function get(path: string) {
  const res = await t.app.request(path)
  expect(res.status, path).toBe(200)
  return SearchResult.parse(await res.json())
}
const search = (query: string) => get(`/v1/works?${query}`)
const ids = (result: SearchResult) => result.hits.map((hit) => hit.work.id)

describe('a work with unknown dates', () => {
  it('has null dates in the API', async () => {
    const res = await t.app.request('/v1/works/undated')
    expect(res.status).toBe(200)
    const body = Work.parse(await res.json())
    expect(body.id).toBe('undated')
    expect(body.publishedAt).toBeNull()
    expect(body.updatedAt).toBeNull()
  })

  it('sorts after the dated works in both directions', async () => {
    expect(ids(await search('sort=updated'))).toEqual(['dated-new', 'dated-old', 'undated'])
    expect(ids(await search('sort=updated&order=asc'))).toEqual(['dated-old', 'dated-new', 'undated'])
    expect(ids(await search('sort=published&order=asc'))).toEqual(['dated-old', 'dated-new', 'undated'])
  })

  it('is outside every date range, and out of the date stats', async () => {
    expect(ids(await search('published_from=2020-01-01'))).toEqual(['dated-new'])
    expect(ids(await search('updated_to=2020-01-01'))).toEqual(['dated-old'])
    const all = await search('stats=published,updated')
    expect(all.total).toBe(3)
    expect(all.stats).toEqual({
      published: { min: '2015-05-05T00:00:00Z', max: '2022-02-02T00:00:00Z' },
      updated: { min: '2016-06-06T00:00:00Z', max: '2023-03-03T00:00:00Z' },
    })
  })

  it('follows the dated works when paging by cursor', async () => {
    const seen: string[] = []
    let path: string | undefined = '/v1/works?sort=updated&per_page=1&cursor=*'
    while (path) {
      const page = await get(path)
      seen.push(...ids(page))
      path = page.links.next
    }
    expect(seen).toEqual(['dated-new', 'dated-old', 'undated'])
  })

  it('has no entry in the Atom feed, and an entry with no publication date has no <published>', async () => {
    const res = await t.app.request('/v1/works.atom')
    const xml = await res.text()
    expect(xml).toContain('/v1/works/dated-new</id>')
    expect(xml).not.toContain('/v1/works/undated</id>')
    const feed = atomFeed({
      self: 'http://x/f',
      alternate: 'http://x/a',
      workUrl: (id) => `http://x/${id}`,
      title: 't',
      works: [{ ...(await t.engine.get('dated-new', 'public'))!, publishedAt: null }],
    })
    expect(feed).toContain('<updated>2023-03-03T00:00:00Z</updated>')
    expect(feed).not.toContain('<published>')
  })
})
