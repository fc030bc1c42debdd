import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_KEY, bearer, createTestApp, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { SearchResult } from './search-result.js'

const DAY = 86_400
const now = () => Math.floor(Date.now() / 1000)

/** Stored through `PUT`, so tagging decides what is a crossover, as it does for the indexer. */
const WRITTEN = {
  'ga-pp-crossover': { fandoms: ["Grey's Anatomy", 'Private Practice'], relationships: ['Addek'] },
  'ga-in-its-universe': { fandoms: ["Grey's Anatomy", "Grey's Anatomy Universe"], relationships: [] },
} as const

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  for (const [id, tags] of Object.entries(WRITTEN)) {
    const res = await t.app.request(`/v1/works/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...bearer(ADMIN_KEY) },
      body: JSON.stringify({
        title: `Work ${id}`,
        authors: ['marigold'],
        ...tags,
        words: 900,
        complete: true,
        publishedAt: now() - 40 * DAY,
        updatedAt: now() - 2 * DAY,
        text: [{ body: 'Two coasts, one pager.' }],
      }),
    })
    expect(res.status).toBe(201)
  }
})
afterAll(() => t.close())

async function search(query: string) {
  const res = await t.app.request(`/v1/works?${query}`)
  expect(res.status).toBe(200)
  return SearchResult.parse(await res.json())
}
const ids = async (query: string) => (await search(query)).hits.map((hit) => hit.work.id)
const sorted = async (query: string) => (await ids(query)).sort()

const SEEDED = ['pp-letters', 'tos-mirror-darkly', 'tos-shore-leave']
const EVERY = [...SEEDED, ...Object.keys(WRITTEN)].sort()

describe('GET /v1/works: reader filters', () => {
  it('crossover: include, exclude, only, as tagging decided it', async () => {
    expect(await sorted('crossover=include')).toEqual(EVERY)
    expect(await sorted('')).toEqual(EVERY)
    expect(await ids('crossover=only')).toEqual(['ga-pp-crossover'])
    expect(await sorted('crossover=exclude')).toEqual(EVERY.filter((id) => id !== 'ga-pp-crossover'))
    const [hit] = (await search('crossover=only')).hits
    expect(hit?.work.crossover).toBe(true)
  })

  it('author_not: mutes authors, case aside', async () => {
    expect(await sorted('author_not=VulcanLogic')).toEqual([
      'ga-in-its-universe',
      'ga-pp-crossover',
      'pp-letters',
    ])
    expect(await sorted('author_not=marigold&author_not=austenite')).toEqual([
      'tos-mirror-darkly',
      'tos-shore-leave',
    ])
  })

  it('id_not: never these works', async () => {
    expect(await sorted('id_not=pp-letters&id_not=ga-pp-crossover&id_not=unknown')).toEqual([
      'ga-in-its-universe',
      'tos-mirror-darkly',
      'tos-shore-leave',
    ])
  })

  it('main_relationship: the first relationship, through the vocabulary', async () => {
    expect(await ids('main_relationship=Spirk')).toEqual(['tos-mirror-darkly'])
    expect(await ids('main_relationship=Addek')).toEqual(['ga-pp-crossover'])
    expect(await ids('main_relationship=K%26S')).toEqual([])
  })

  it('single_chapter: one-shots, or every other work', async () => {
    // tos-mirror-darkly has one chapter but is not complete.
    expect(await sorted('single_chapter=true')).toEqual(['ga-in-its-universe', 'ga-pp-crossover'])
    expect(await sorted('single_chapter=false')).toEqual(SEEDED)
  })

  it('updated_within and published_within: spans back from now', async () => {
    expect(await sorted('updated_within=7d')).toEqual(['ga-in-its-universe', 'ga-pp-crossover'])
    expect(await sorted('updated_within=1d')).toEqual([])
    expect(await sorted('published_within=2m')).toEqual(['ga-in-its-universe', 'ga-pp-crossover'])
    expect(await sorted('published_within=4w')).toEqual([])
    // Beside an absolute first day, the later bound applies.
    expect(await sorted('updated_within=7d&updated_from=2000-01-01')).toEqual([
      'ga-in-its-universe',
      'ga-pp-crossover',
    ])
  })
})

describe('GET /v1/works: reader sorts', () => {
  it('author: by the first author, ascending unless asked otherwise', async () => {
    expect(await ids('sort=author&id_not=ga-in-its-universe&id_not=ga-pp-crossover')).toEqual([
      'pp-letters',
      'tos-mirror-darkly',
      'tos-shore-leave',
    ])
    expect(await ids('sort=author&order=desc&per_page=2')).toEqual(['tos-mirror-darkly', 'tos-shore-leave'])
  })

  it('kudos_per_hit: 640/8,800 before 920/14,000 before 310/5,100; few hits count as the floor', async () => {
    expect(await ids('sort=kudos_per_hit&fandom_not=Grey%27s+Anatomy')).toEqual([
      'pp-letters',
      'tos-mirror-darkly',
      'tos-shore-leave',
    ])
  })

  it('bookmarks_per_kudos and random answer in a total order', async () => {
    expect(await sorted('sort=bookmarks_per_kudos')).toEqual(EVERY)
    const shuffled = await ids('sort=random&seed=12345')
    expect(shuffled.slice().sort()).toEqual(EVERY)
    expect(await ids('sort=random&seed=12345')).toEqual(shuffled)
  })

  it('random: following the cursor visits every work once, in the seed’s order', async () => {
    const all = await ids('sort=random&seed=7')
    const seen: string[] = []
    let next: string | undefined = '/v1/works?sort=random&seed=7&per_page=2&cursor=*'
    while (next !== undefined) {
      const res = await t.app.request(next)
      expect(res.status).toBe(200)
      const page = SearchResult.parse(await res.json())
      seen.push(...page.hits.map((hit) => hit.work.id))
      next = page.hits.length === 0 ? undefined : page.links.next
    }
    expect(seen).toEqual(all)
    // A cursor of one seed is refused with another.
    const first = SearchResult.parse(
      await (await t.app.request('/v1/works?sort=random&seed=7&per_page=2&cursor=*')).json(),
    )
    const cursor = new URL(first.links.next ?? '', 'http://x').searchParams.get('cursor')
    const other = await t.app.request(`/v1/works?sort=random&seed=8&per_page=2&cursor=${cursor}`)
    await expectProblem(other, { status: 400, code: 'validation_failed' })
  })
})

describe('GET /v1/works: bad reader filters are 400 problems naming the parameter', () => {
  it.each([
    ['crossover=yes', 'query.crossover'],
    ['author_not=', 'query.author_not'],
    ['id_not=', 'query.id_not'],
    ['main_relationship=', 'query.main_relationship'],
    ['single_chapter=maybe', 'query.single_chapter'],
    ['updated_within=7', 'query.updated_within'],
    ['updated_within=7h', 'query.updated_within'],
    ['published_within=0y', 'query.published_within'],
    ['published_within=many', 'query.published_within'],
    ['sort=shuffle', 'query.sort'],
    ['sort=random&seed=-4', 'query.seed'],
    ['sort=random&seed=x', 'query.seed'],
    ['seed=4', 'query.seed'],
    ['sort=kudos_per_hit&seed=4', 'query.seed'],
  ])('%s', async (query, location) => {
    const res = await t.app.request(`/v1/works?${query}`)
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors?.map((error) => error.location)).toEqual([location])
  })

  it('in a JSON body as in a query string', async () => {
    const res = await t.app.request('/v1/works/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ crossover: true, single_chapter: 'yes', updated_within: 7 }),
    })
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors?.map((error) => error.location).sort()).toEqual([
      'body.crossover',
      'body.single_chapter',
      'body.updated_within',
    ])
  })
})
