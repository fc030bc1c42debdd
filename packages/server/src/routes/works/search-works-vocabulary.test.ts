import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createTestApp, MEMBERS_KEY, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { ADDEK_PUBLIC, GREYS_WORKS } from '../../../test/helpers/greys-works.js'
import { SearchResult } from './search-result.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ works: GREYS_WORKS })
})
afterAll(() => t.close())

async function get(query: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(`/v1/works?${query}`, { headers })
  expect(res.status).toBe(200)
  return SearchResult.parse(await res.json())
}
async function post(body: unknown) {
  const res = await t.app.request('/v1/works/search', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status).toBe(200)
  return SearchResult.parse(await res.json())
}
const ids = (result: SearchResult) => result.hits.map((hit) => hit.work.id).sort()
const q = (params: Record<string, string>) => new URLSearchParams(params).toString()

describe('search filters resolve tags through the vocabulary', () => {
  const cases: [string, { query: Record<string, string>; want: string[] }][] = [
    ['a ship name', { query: { relationship: 'Addek' }, want: ADDEK_PUBLIC }],
    ['first names', { query: { relationship: 'addison/derek' }, want: ADDEK_PUBLIC }],
    [
      'the canonical pairing in another case',
      { query: { relationship_any: 'ADDISON MONTGOMERY/DEREK SHEPHERD' }, want: ADDEK_PUBLIC },
    ],
    ['a character nickname', { query: { character: 'McDreamy' }, want: ['ga-s2-addek'] }],
    ['a fandom synonym', { query: { fandom: 'PP' }, want: ['pp-s1-addek'] }],
    [
      'a meta fandom, finding its sub-fandoms',
      {
        query: { fandom: "Grey's Anatomy Universe" },
        want: ['ga-inferred', 'ga-s1', 'ga-s2-addek', 'ga-s3-addek', 'ga-s4-merder', 'ga-s5', 'pp-s1-addek'],
      },
    ],
    [
      'a meta trope, finding works tagged only with sub-tropes',
      { query: { freeform: 'Romance Tropes' }, want: ['ga-inferred', 'ga-s2-addek', 'ga-s4-merder'] },
    ],
    ['a trope synonym', { query: { freeform: 'slowburn' }, want: ['ga-inferred', 'ga-s4-merder'] }],
    [
      'an exclusion by synonym',
      {
        query: { fandom: 'GA', relationship_not: 'Addek' },
        want: ['ga-s1', 'ga-s4-merder', 'ga-s5'],
      },
    ],
    [
      'a short era name, within the fandom asked for',
      { query: { fandom: 'Private Practice', era: 'Season 1' }, want: ['pp-s1-addek'] },
    ],
  ]
  it.each(cases)('GET finds works by %s', async (_name, { query, want }) => {
    expect(ids(await get(q(query)))).toEqual(want)
  })

  it('POST resolves the same way', async () => {
    const result = await post({ relationship_any: 'Addek', freeform: ['Romance Tropes'] })
    expect(ids(result)).toEqual(['ga-inferred', 'ga-s2-addek'])
  })

  it('keeps the values as given in the links', async () => {
    const result = await get(q({ relationship: 'Addek', per_page: '1' }))
    expect(result.links.next).toBe('/v1/works?relationship=Addek&page=2&per_page=1')
  })

  it('counts facets on canonical tags', async () => {
    const result = await get(q({ relationship: 'Addek', facets: 'relationship' }))
    expect(result.facets.relationship?.values).toEqual([
      { value: 'Addison Montgomery/Derek Shepherd', count: 4, selected: 'all' },
    ])
  })
})

describe('era ranges', () => {
  it('finds exactly the works of seasons 2 to 4', async () => {
    const result = await get(q({ era_fandom: "Grey's Anatomy", era_from: 'Season 2', era_to: 'Season 4' }))
    expect(ids(result)).toEqual(['ga-s2-addek', 'ga-s3-addek', 'ga-s4-merder'])
  })

  it('takes synonyms and bounds either way round, and sees what the key may see', async () => {
    const query = q({ era_fandom: 'GA', era_from: 'S4', era_to: 'S2' })
    expect(ids(await get(query))).toEqual(['ga-s2-addek', 'ga-s3-addek', 'ga-s4-merder'])
    expect(ids(await get(query, bearer(MEMBERS_KEY)))).toEqual([
      'ga-s2-addek',
      'ga-s3-addek',
      'ga-s3-locked',
      'ga-s4-merder',
    ])
  })

  it('keeps to the fandom: Season 1 of Private Practice is not Season 1 of Grey’s Anatomy', async () => {
    expect(ids(await get(q({ era_fandom: 'GA', era_from: 'S1', era_to: 'S1' })))).toEqual(['ga-s1'])
  })

  it('combines with other filters and stays in the links', async () => {
    const result = await get(
      q({ era_fandom: 'GA', era_from: 'S1', era_to: 'S5', relationship: 'Addek', era_not: 'Season 3' }),
    )
    expect(ids(result)).toEqual(['ga-s2-addek'])
    expect(result.links.self).toBe(
      '/v1/works?relationship=Addek&era_not=Season+3&era_fandom=GA&era_from=S1&era_to=S5',
    )
  })

  it('POST takes the same range', async () => {
    const result = await post({ era_fandom: "Grey's Anatomy", era_from: 'Season 2', era_to: 'Season 4' })
    expect(ids(result)).toEqual(['ga-s2-addek', 'ga-s3-addek', 'ga-s4-merder'])
  })

  const invalid: [string, { query: Record<string, string>; location: string }][] = [
    [
      'an unknown fandom',
      {
        query: { era_fandom: 'Gray Anatomy Show', era_from: 'S1', era_to: 'S2' },
        location: 'query.era_fandom',
      },
    ],
    [
      'an unknown first era',
      { query: { era_fandom: 'GA', era_from: 'Season 99', era_to: 'S2' }, location: 'query.era_from' },
    ],
    [
      'an unknown last era',
      { query: { era_fandom: 'GA', era_from: 'S1', era_to: 'Finale' }, location: 'query.era_to' },
    ],
    ['a missing bound', { query: { era_fandom: 'GA', era_from: 'S1' }, location: 'query.era_to' }],
  ]
  it.each(invalid)('answers 400 naming the parameter for %s', async (_name, { query, location }) => {
    const res = await t.app.request(`/v1/works?${q(query)}`)
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors?.map((error) => error.location)).toEqual([location])
  })

  it('POST answers 400 at the body property for an unknown era', async () => {
    const res = await t.app.request('/v1/works/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ era_fandom: 'GA', era_from: 'Season 99', era_to: 'S2' }),
    })
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors).toEqual([
      { location: 'body.era_from', message: expect.stringContaining('Season 99') },
    ])
  })
})

describe('tag_source=author', () => {
  it('leaves out works whose matching tags were inferred from the text, meta tags included', async () => {
    expect(ids(await get(q({ relationship: 'Addek', tag_source: 'author' })))).toEqual([
      'ga-s2-addek',
      'ga-s3-addek',
      'pp-s1-addek',
    ])
    expect(ids(await get(q({ freeform: 'Romance Tropes', tag_source: 'author' })))).toEqual([
      'ga-s2-addek',
      'ga-s4-merder',
    ])
    expect(ids(await get(q({ freeform: 'Romance Tropes', tag_source: 'any' })))).toEqual([
      'ga-inferred',
      'ga-s2-addek',
      'ga-s4-merder',
    ])
  })

  it('POST takes it too, and the links keep it', async () => {
    const result = await post({ freeform_any: ['Slow Burn'], tag_source: 'author' })
    expect(ids(result)).toEqual(['ga-s4-merder'])
    expect(result.links.self).toBe('/v1/works?freeform_any=Slow+Burn&tag_source=author')
  })
})

describe('the answer says how the filters were read', () => {
  it('echoes each value with its canonical tag, flags values the vocabulary does not know, and the era range', async () => {
    const result = await get(
      q({
        relationship_any: 'Addek',
        freeform_not: 'Not A Trope Anyone Wrote',
        era_fandom: 'GA',
        era_from: 'S3',
        era_to: 'Season 2',
      }),
    )
    expect(result.filters).toEqual([
      {
        param: 'relationship_any',
        kind: 'relationship',
        value: 'Addek',
        tag: 'Addison Montgomery/Derek Shepherd',
        known: true,
      },
      {
        param: 'freeform_not',
        kind: 'freeform',
        value: 'Not A Trope Anyone Wrote',
        tag: 'Not A Trope Anyone Wrote',
        known: false,
      },
      { param: 'era_fandom', kind: 'fandom', value: 'GA', tag: "Grey's Anatomy", known: true },
      { param: 'era_from', kind: 'era', value: 'S3', tag: "Grey's Anatomy Season 3", known: true },
      { param: 'era_to', kind: 'era', value: 'Season 2', tag: "Grey's Anatomy Season 2", known: true },
    ])
    expect(ids(result)).toEqual(['ga-s2-addek', 'ga-s3-addek'])
  })

  it('marks the facet values the search is filtered by, and which filter names them', async () => {
    const result = await get(
      q({
        relationship_any: 'Addek',
        freeform: 'angst',
        fandom_not: 'PP',
        facets: 'relationship,freeform,fandom',
      }),
    )
    expect(result.facets.relationship).toEqual({
      values: [{ value: 'Addison Montgomery/Derek Shepherd', count: 1, selected: 'any' }],
      more: false,
      disjunctive: true,
    })
    expect(result.facets.freeform?.values).toEqual([{ value: 'Angst', count: 1, selected: 'all' }])
    expect(result.facets.fandom?.values).toEqual([{ value: "Grey's Anatomy", count: 1 }])
  })
})
