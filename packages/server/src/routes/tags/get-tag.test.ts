import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createTestApp, MEMBERS_KEY, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { GREYS_WORKS } from '../../../test/helpers/greys-works.js'
import { Tag } from './schema.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({
    works: [
      ...GREYS_WORKS,
      {
        id: 'ga-unwrangled',
        title: 'Unlisted',
        fandoms: ["Grey's Anatomy"],
        freeforms: ['Coffee Shop Shenanigans'],
        words: 10,
        complete: true,
        publishedAt: 0,
        updatedAt: 0,
      },
    ],
  })
})
afterAll(() => t.close())

const path = (kind: string, name: string) => `/v1/tags/${kind}/${encodeURIComponent(name)}`
async function getTag(kind: string, name: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(path(kind, name), { headers })
  expect(res.status).toBe(200)
  return { tag: Tag.strict().parse(await res.json()), location: res.headers.get('content-location') }
}

const ADDEK = 'Addison Montgomery/Derek Shepherd'

describe('GET /v1/tags/{kind}/{name}', () => {
  it('answers a canonical tag with its names, relations and use', async () => {
    const { tag, location } = await getTag('relationship', ADDEK)
    expect(tag).toEqual({
      kind: 'relationship',
      name: ADDEK,
      wrangled: true,
      synonyms: ['Addek'],
      parents: [],
      ancestors: [],
      children: [],
      fandoms: ["Grey's Anatomy", 'Private Practice'],
      characters: ['Addison Montgomery', 'Derek Shepherd'],
      pairing: 'romantic',
      works: 4,
    })
    expect(location).toBeNull()
  })

  it.each([
    ['a synonym', 'Addek'],
    ['first names', 'addison/derek'],
    ['another case', ADDEK.toUpperCase()],
  ])('answers the canonical tag when asked by %s, pointing at its URL', async (_name, asked) => {
    const { tag, location } = await getTag('relationship', asked)
    expect(tag).toMatchObject({ name: ADDEK, resolvedFrom: asked, works: 4 })
    expect(location).toBe('/v1/tags/relationship/Addison%20Montgomery%2FDerek%20Shepherd')
    // The header leads to the tag's own page, which answers without redirecting again.
    const own = await t.app.request(location!)
    expect(own.headers.get('content-location')).toBeNull()
    expect(Tag.parse(await own.json())).toEqual({ ...tag, resolvedFrom: undefined })
  })

  it('shows a meta tag’s sub-tags, and counts their works', async () => {
    const { tag } = await getTag('freeform', 'Pining')
    expect(tag).toMatchObject({
      parents: ['Romance Tropes'],
      ancestors: ['Romance Tropes', 'Romance'],
      children: ['Mutual Pining'],
      works: 1,
    })
    const { tag: universe } = await getTag('fandom', "Grey's Anatomy Universe")
    expect(universe.children).toEqual(expect.arrayContaining(["Grey's Anatomy", 'Private Practice']))
    expect(universe.works).toBe(8)
  })

  it('shows an era’s order and years', async () => {
    const { tag } = await getTag('era', "Grey's Anatomy Season 3")
    expect(tag).toMatchObject({
      order: 3,
      years: { from: 2006, to: 2007 },
      fandoms: ["Grey's Anatomy"],
      works: 1,
    })
    expect((await getTag('era', "Grey's Anatomy Season 3", bearer(MEMBERS_KEY))).tag.works).toBe(2)
  })

  it('answers a tag works use but the vocabulary does not know, as unwrangled', async () => {
    const { tag } = await getTag('freeform', 'coffee shop shenanigans')
    expect(tag).toEqual({
      kind: 'freeform',
      name: 'coffee shop shenanigans',
      wrangled: false,
      synonyms: [],
      parents: [],
      ancestors: [],
      children: [],
      fandoms: [],
      works: 1,
    })
  })

  it.each([
    ['an unknown tag', 'freeform', 'No Such Trope At All'],
    ['a name of another kind', 'character', 'Slow Burn'],
  ])('answers 404 for %s', async (_name, kind, name) => {
    const problem = await expectProblem(await t.app.request(path(kind, name)), {
      status: 404,
      code: 'not_found',
    })
    expect(problem.detail).toBe(`No ${kind} tag "${name}".`)
  })

  it.each([
    ['a space', ' '],
    ['spaces and a tab', '  \t '],
    ['a zero-width space', '\u200b'],
    ['a byte-order mark and a no-break space', '\ufeff\u00a0'],
  ])('answers 404 for a name of only %s', async (_name, name) => {
    await expectProblem(await t.app.request(path('fandom', name)), { status: 404, code: 'not_found' })
  })

  it('answers 400 for an unknown kind', async () => {
    const problem = await expectProblem(await t.app.request(path('mood', 'Angst')), {
      status: 400,
      code: 'validation_failed',
    })
    expect(problem.errors?.map((error) => error.location)).toEqual(['path.kind'])
  })
})
