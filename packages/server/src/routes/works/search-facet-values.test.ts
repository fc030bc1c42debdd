import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createTestApp, MEMBERS_KEY, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { GREYS_WORKS } from '../../../test/helpers/greys-works.js'
import { FacetValueSearch } from './search-facet-values.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ works: GREYS_WORKS })
})
afterAll(() => t.close())

const ADDEK = 'Addison Montgomery/Derek Shepherd'
const MERDER = 'Derek Shepherd/Meredith Grey'

async function values(path: string, params: Record<string, string> = {}, headers = {}) {
  const res = await t.app.request(`/v1/works/facets/${path}?${new URLSearchParams(params)}`, { headers })
  expect(res.status).toBe(200)
  return FacetValueSearch.parse(await res.json())
}
const pairs = (found: FacetValueSearch) => found.values.map(({ value, count }) => [value, count])

describe('GET /v1/works/facets/{kind}', () => {
  it('finds values by the start of a word, with their counts over the public works', async () => {
    expect(await values('relationship', { facet_query: 'sheph' })).toEqual({
      kind: 'relationship',
      facetQuery: 'sheph',
      values: [
        { value: ADDEK, count: 4 },
        { value: MERDER, count: 1 },
      ],
      more: false,
      disjunctive: false,
    })
  })

  it('tolerates typos by word length, and finds a canonical tag by its synonym or ship name', async () => {
    expect(pairs(await values('relationship', { facet_query: 'sheperd' }))).toEqual([
      [ADDEK, 4],
      [MERDER, 1],
    ])
    expect(pairs(await values('relationship', { facet_query: 'derk' }))).toEqual([])
    expect(pairs(await values('relationship', { facet_query: 'Addek' }))).toEqual([[ADDEK, 4]])
    expect(pairs(await values('character', { facet_query: 'mcdreamy' }))).toEqual([['Derek Shepherd', 1]])
  })

  it('looks among the works the search’s filters find, named as in a search', async () => {
    const practice = await values('relationship', { fandom: 'Private Practice', facet_query: 'add' })
    expect(pairs(practice)).toEqual([[ADDEK, 1]])
    const seasons = await values('freeform', { era_fandom: 'GA', era_from: 'S2', era_to: 'S3' })
    expect(pairs(seasons)).toEqual([
      ['Angst', 1],
      ['Mutual Pining', 1],
    ])
    expect(pairs(await values('relationship', { q: 'nothingmatchesthis' }))).toEqual([])
  })

  it('counts its own kind as the facet does: disjunctively, with the selected values marked', async () => {
    const found = await values('relationship', { relationship_any: 'Addek', facet_limit: '1' })
    expect(found).toEqual({
      kind: 'relationship',
      facetQuery: '',
      values: [{ value: ADDEK, count: 4, selected: 'any' }],
      more: true,
      disjunctive: true,
    })
  })

  it('counts restricted works for a member key only', async () => {
    expect(pairs(await values('relationship', { facet_query: 'addi' }))).toEqual([[ADDEK, 4]])
    const members = await values('relationship', { facet_query: 'addi' }, bearer(MEMBERS_KEY))
    expect(pairs(members)).toEqual([[ADDEK, 5]])
  })

  it.each([
    ['a search-only parameter', 'relationship?page=2', 'query.page'],
    ['an unknown parameter', 'relationship?relationships=Addek', 'query.relationships'],
    ['a kind that does not exist', 'mood?facet_query=x', 'path.kind'],
    ['a limit out of range', 'relationship?facet_limit=0', 'query.facet_limit'],
    ['an era range with an unknown fandom', 'era?era_fandom=Nope&era_from=S1&era_to=S2', 'query.era_fandom'],
  ])('answers 400 for %s, naming it', async (_name, path, location) => {
    const res = await t.app.request(`/v1/works/facets/${path}`)
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors?.map((error) => error.location)).toContain(location)
  })
})
