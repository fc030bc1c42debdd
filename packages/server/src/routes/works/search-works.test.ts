import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ALL_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  type TestApp,
} from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { PUBLIC_COUNT } from '../../../test/helpers/seed-works.js'
import { SearchResult } from './search-result.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function search(query: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(`/v1/works?${query}`, { headers })
  expect(res.status).toBe(200)
  return SearchResult.parse(await res.json())
}
const ids = (result: SearchResult) => result.hits.map((hit) => hit.work.id).sort()

const TOS = 'Star Trek: The Original Series'
const PP = 'Pride and Prejudice - Jane Austen'

describe('GET /v1/works: happy paths', () => {
  it('lists every public work without conditions', async () => {
    const result = await search('')
    expect(result.total).toBe(PUBLIC_COUNT)
    expect(result).toMatchObject({
      page: 1,
      perPage: 20,
      totalPages: 1,
      facets: {},
      filters: [],
      stats: {},
      links: { self: '/v1/works' },
    })
    expect(result.links.next).toBeUndefined()
    expect(result.links.prev).toBeUndefined()
  })

  it('returns works in their API form: ISO dates, tags, no text and no provenance', async () => {
    const [hit] = (await search('q=argelius')).hits
    expect(hit?.work).toMatchObject({
      id: 'tos-shore-leave',
      publishedAt: '2019-05-01T12:00:00Z',
      relationships: ['James T. Kirk & Spock'],
      freeforms: expect.arrayContaining(['Friendship', 'Humor']),
      chapters: { posted: 2, expected: 2 },
    })
    // A hit stays lean: each tag's provenance and evidence come with GET /v1/works/{id}.
    expect(hit?.work).not.toHaveProperty('provenance')
    expect(hit?.work).not.toHaveProperty('text')
    expect(hit?.work).not.toHaveProperty('filterTags')
  })

  const filters: [string, { query: string; want: string[] }][] = [
    ['full text', { query: 'q=letter', want: ['pp-letters'] }],
    [
      'a tag, whatever its case',
      {
        query: `fandom=${encodeURIComponent(TOS.toUpperCase())}`,
        want: ['tos-mirror-darkly', 'tos-shore-leave'],
      },
    ],
    [
      'all of several tags',
      { query: 'character=Spock&character=Leonard+McCoy', want: ['tos-mirror-darkly'] },
    ],
    [
      'any of several tags',
      {
        query: 'relationship_any=James+T.+Kirk%2FSpock&relationship_any=Elizabeth+Bennet%2FFitzwilliam+Darcy',
        want: ['pp-letters', 'tos-mirror-darkly'],
      },
    ],
    [
      'excluded tags',
      { query: 'warning_not=Graphic+Depictions+Of+Violence', want: ['pp-letters', 'tos-shore-leave'] },
    ],
    ['an author', { query: 'author=sehlat', want: ['tos-mirror-darkly'] }],
    ['completion', { query: 'complete=false', want: ['tos-mirror-darkly'] }],
    ['a word range', { query: 'words_min=5000&words_max=10000', want: ['pp-letters'] }],
    [
      'a publication year, both ends inclusive',
      { query: 'published_from=2019-05-01&published_to=2020-02-14', want: ['pp-letters', 'tos-shore-leave'] },
    ],
  ]
  it.each(filters)('filters by %s', async (_name, { query, want }) => {
    const result = await search(query)
    expect(ids(result)).toEqual(want)
    expect(result.total).toBe(want.length)
  })

  it('counts facets over all matches, not just the page', async () => {
    const result = await search('facets=fandom,rating&per_page=1')
    expect(result.hits).toHaveLength(1)
    expect(result.facets.fandom).toEqual({
      values: [
        { value: TOS, count: 2 },
        { value: PP, count: 1 },
      ],
      more: false,
      disjunctive: false,
    })
    expect(result.facets.rating?.values).toEqual([
      { value: 'General Audiences', count: 2 },
      { value: 'Teen And Up Audiences', count: 1 },
    ])
    expect(result.facets).not.toHaveProperty('era')
  })

  it('counts languages as the lang facet, marked and disjunctive when lang filters', async () => {
    const english = { value: 'en', count: PUBLIC_COUNT }
    expect((await search('facets=lang')).facets.lang).toEqual({
      values: [english],
      more: false,
      disjunctive: false,
    })
    // No French work: nothing found, yet the facet offers what choosing English would find.
    const french = await search('lang=fr&facets=lang')
    expect(french.total).toBe(0)
    expect(french.facets.lang).toEqual({ values: [english], more: false, disjunctive: true })
    const chosen = await search('lang=EN&facets=lang,fandom')
    expect(chosen.facets.lang?.values).toEqual([{ ...english, selected: 'any' }])
    expect(chosen.facets.fandom?.disjunctive).toBe(false)
  })

  it('limits facet values', async () => {
    const result = await search('facets=character&facet_limit=1')
    // Ties go by value.
    expect(result.facets.character).toEqual({
      values: [{ value: 'James T. Kirk', count: 2 }],
      more: true,
      disjunctive: false,
    })
  })

  it('returns stats, dates as ISO strings', async () => {
    const result = await search('stats=words,published')
    expect(result.stats).toEqual({
      words: { min: 4200, max: 18_000 },
      published: { min: '2019-05-01T12:00:00Z', max: '2021-01-10T12:00:00Z' },
    })
    expect((await search('q=nothingmatchesthis&stats=kudos')).stats).toEqual({ kudos: null })
  })

  it('sorts', async () => {
    const byTitle = await search('sort=title')
    expect(byTitle.hits.map((hit) => hit.work.title)).toEqual([
      'Letters from Pemberley',
      'Shore Leave on Argelius',
      'Through a Mirror Darkly',
    ])
    const byKudos = await search('sort=kudos&order=asc')
    expect(byKudos.hits.map((hit) => hit.work.kudos)).toEqual([310, 640, 920])
  })

  it('pages, linking to the neighbouring pages with the same conditions', async () => {
    const first = await search('sort=title&per_page=1&facets=fandom')
    expect(first).toMatchObject({ total: 3, totalPages: 3, page: 1 })
    expect(first.links).toEqual({
      self: '/v1/works?sort=title&per_page=1&facets=fandom',
      next: '/v1/works?sort=title&page=2&per_page=1&facets=fandom',
    })
    const second = await search(first.links.next!.split('?')[1]!)
    expect(second.hits[0]?.work.title).toBe('Shore Leave on Argelius')
    expect(second.links).toEqual({
      self: '/v1/works?sort=title&page=2&per_page=1&facets=fandom',
      next: '/v1/works?sort=title&page=3&per_page=1&facets=fandom',
      prev: '/v1/works?sort=title&per_page=1&facets=fandom',
    })
    const last = await search('sort=title&per_page=1&page=3')
    expect(last.links.next).toBeUndefined()
  })

  it('highlights matches when asked: title, summary, tags and a text excerpt', async () => {
    const result = await search('q=pemberley&highlight=true')
    const highlights = result.hits[0]?.highlights
    expect(highlights).toMatchObject({
      title: 'Letters from <mark>Pemberley</mark>',
      summary: 'Elizabeth answers Darcy’s letter.',
    })
    // The excerpt is cropped around the match: the chapter title, then its text.
    expect(highlights?.text).toMatch(/^….*<mark>Pemberley<\/mark>\nThe house stood well on rising ground\.$/s)
    expect(highlights?.tags).toBeUndefined()
    expect((await search('q=pemberley')).hits[0]?.highlights).toBeUndefined()
    const spock = await search('q=spock&highlight=true&sort=title')
    expect(spock.hits.map((hit) => hit.highlights?.tags)).toEqual([
      {
        relationship: ['James T. Kirk &amp; <mark>Spock</mark>'],
        character: ['James T. Kirk', '<mark>Spock</mark>'],
      },
      {
        relationship: ['James T. Kirk/<mark>Spock</mark>'],
        character: ['James T. Kirk', '<mark>Spock</mark>', 'Leonard McCoy'],
      },
    ])
    expect(spock.hits[0]?.highlights?.summary).toBe('Kirk and <mark>Spock</mark> take an unplanned holiday.')
  })

  it('answers a search with no matches as one empty page', async () => {
    const none = await search('q=nothingmatchesthis')
    expect(none).toMatchObject({ hits: [], total: 0, page: 1, totalPages: 1 })
    expect(none.links).toEqual({ self: '/v1/works?q=nothingmatchesthis' })
    const past = await search('q=nothingmatchesthis&page=3')
    expect(past).toMatchObject({ hits: [], total: 0, page: 3, totalPages: 1 })
    expect(past.links.prev).toBe('/v1/works?q=nothingmatchesthis')
  })
})

describe('GET /v1/works: invalid input', () => {
  it('answers 400 validation_failed naming the parameter', async () => {
    const res = await t.app.request('/v1/works?per_page=101')
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors).toEqual([{ location: 'query.per_page', message: expect.any(String) }])
  })

  it('lists every invalid parameter', async () => {
    const res = await t.app.request(
      '/v1/works?page=0&sort=shuffle&words_min=9&words_max=1&published_from=yesterday',
    )
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors?.map((error) => error.location).sort()).toEqual([
      'query.page',
      'query.published_from',
      'query.sort',
    ])
  })

  it('answers 400 naming each unknown parameter, so a misspelt filter is never ignored', async () => {
    const res = await t.app.request('/v1/works?relationships=Addek&authors_not=x&crossovers=true&q=ferry')
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors).toEqual([
      { location: 'query.relationships', message: 'Unknown parameter' },
      { location: 'query.authors_not', message: 'Unknown parameter' },
      { location: 'query.crossovers', message: 'Unknown parameter' },
    ])
  })

  it('checks range order once the values themselves are valid', async () => {
    const res = await t.app.request('/v1/works?words_min=9&words_max=1')
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors).toEqual([
      { location: 'query.words_max', message: 'must not be less than words_min' },
    ])
  })
})

describe('GET /v1/works: visibility', () => {
  it('hides restricted works from the public, in hits and in every count', async () => {
    const result = await search(`fandom=${encodeURIComponent(PP)}&facets=fandom`)
    expect(ids(result)).toEqual(['pp-letters'])
    expect(result.facets.fandom?.values).toEqual([{ value: PP, count: 1, selected: 'all' }])
  })

  it('shows restricted works to a member key', async () => {
    const result = await search(`fandom=${encodeURIComponent(PP)}&facets=fandom`, bearer(MEMBERS_KEY))
    expect(ids(result)).toEqual(['pp-letters', 'pp-restricted'])
    expect(result.total).toBe(2)
    expect(result.facets.fandom?.values).toEqual([{ value: PP, count: 2, selected: 'all' }])
  })

  it('shows hidden works only to an all key', async () => {
    expect((await search('q=seattle', bearer(MEMBERS_KEY))).total).toBe(0)
    expect(ids(await search('q=seattle', bearer(ALL_KEY)))).toEqual(['ga-hidden'])
  })

  it('refuses a wrong key rather than falling back to public results', async () => {
    const res = await t.app.request('/v1/works', { headers: bearer('not-a-configured-key-at-all') })
    await expectProblem(res, { status: 401, code: 'unauthorized' })
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
  })
})
