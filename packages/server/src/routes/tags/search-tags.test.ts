import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createTestApp, MEMBERS_KEY, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { GREYS_WORKS } from '../../../test/helpers/greys-works.js'
import { TagList } from './schema.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ works: GREYS_WORKS })
})
afterAll(() => t.close())

async function tags(query: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(`/v1/tags?${query}`, { headers })
  expect(res.status).toBe(200)
  return TagList.strict().parse(await res.json()).tags
}

const ADDEK = 'Addison Montgomery/Derek Shepherd'

describe('GET /v1/tags with text', () => {
  it('answers the canonical tag for a synonym, with what matched and the works using it', async () => {
    const [first] = await tags('q=addek')
    expect(first).toEqual({
      kind: 'relationship',
      name: ADDEK,
      matched: 'Addek',
      fandoms: ["Grey's Anatomy", 'Private Practice'],
      works: 4,
    })
  })

  it('counts what the key may see', async () => {
    const [first] = await tags('q=addek&kind=relationship', bearer(MEMBERS_KEY))
    expect(first).toMatchObject({ name: ADDEK, works: 5 })
  })

  it('matches prefixes and forgives a typo in a longer word', async () => {
    expect((await tags('q=mcdrea'))[0]).toMatchObject({
      kind: 'character',
      name: 'Derek Shepherd',
      matched: 'McDreamy',
    })
    expect((await tags('q=slwo+burn&kind=freeform'))[0]).toMatchObject({ name: 'Slow Burn', works: 2 })
  })

  it('orders by use, then by name', async () => {
    const hits = await tags('q=romance&kind=freeform&limit=50')
    const used = hits.filter((hit) => hit.works > 0)
    // A meta tag counts its sub-tags' works: Romance and Romance Tropes both find all three.
    expect(used.slice(0, 2).map((hit) => [hit.name, hit.works])).toEqual([
      ['Romance', 3],
      ['Romance Tropes', 3],
    ])
    const order = hits.map((hit) => [-hit.works, hit.name] as const)
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)))
  })

  it('keeps to a kind, a fandom (by synonym) and a limit', async () => {
    const eras = await tags(`q=${encodeURIComponent('season 1')}&kind=era&fandom=PP`)
    expect(eras.map((hit) => hit.name)).toContain('Private Practice Season 1')
    expect(eras.every((hit) => hit.kind === 'era' && hit.name.startsWith('Private Practice'))).toBe(true)
    expect(await tags('q=a&limit=3')).toHaveLength(3)
  })

  it('answers an empty list when nothing matches', async () => {
    expect(await tags('q=zzzzqqq')).toEqual([])
  })
})

describe('GET /v1/tags without text', () => {
  it('answers the tags most used, of a kind', async () => {
    const hits = await tags('kind=freeform&limit=2')
    expect(hits).toEqual([
      { kind: 'freeform', name: 'Angst', matched: 'Angst', fandoms: [], works: 2 },
      { kind: 'freeform', name: 'Slow Burn', matched: 'Slow Burn', fandoms: [], works: 2 },
    ])
  })

  it('answers the tags most used by a fandom’s works, across kinds', async () => {
    // The one Private Practice work carries each of its tags once: ties go by name (Addison…, Angst, Not
    // Rated), and those three are then ordered by all the works that use them.
    const hits = await tags('fandom=Private+Practice&limit=3&q=')
    expect(hits.map((hit) => [hit.kind, hit.name, hit.works])).toEqual([
      ['rating', 'Not Rated', 7],
      ['relationship', ADDEK, 4],
      ['freeform', 'Angst', 2],
    ])
  })
})

describe('GET /v1/tags rejects', () => {
  it.each([
    ['an unknown kind', 'q=a&kind=mood', 'query.kind'],
    ['a limit above 50', 'q=a&limit=51', 'query.limit'],
    [
      'an unknown fandom, which would otherwise match every fandom',
      'q=a&fandom=Nowhere+Show',
      'query.fandom',
    ],
  ])('%s', async (_name, query, location) => {
    const problem = await expectProblem(await t.app.request(`/v1/tags?${query}`), {
      status: 400,
      code: 'validation_failed',
    })
    expect(problem.errors?.map((error) => error.location)).toEqual([location])
  })
})
