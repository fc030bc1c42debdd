/**
 * The query text through HTTP: its syntax, malformed queries as 400s with the position, ship names in
 * text, "did you mean", and a fuzz test in which no `q` is ever a 5xx.
 * @module
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { ADDEK_PUBLIC, GREYS_WORKS } from '../../../test/helpers/greys-works.js'
import { SearchResult } from './search-result.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ works: GREYS_WORKS })
})
afterAll(() => t.close())

const search = (q: string) => t.app.request(`/v1/works?${new URLSearchParams({ q })}`)
async function found(q: string) {
  const res = await search(q)
  expect(res.status, q).toBe(200)
  return SearchResult.parse(await res.json())
}
const ids = (result: SearchResult) => result.hits.map((hit) => hit.work.id)

describe('q: ship names and synonyms', () => {
  it('q=addek ranks the Addison/Derek works first', async () => {
    const result = await found('addek')
    expect(ids(result).slice(0, ADDEK_PUBLIC.length).sort()).toEqual(ADDEK_PUBLIC)
  })

  it('q=merder finds the Meredith/Derek work', async () => {
    expect(ids(await found('merder'))).toContain('ga-s4-merder')
  })

  it('tag: scopes a ship name to tags', async () => {
    expect(ids(await found('tag:addek')).sort()).toEqual(ADDEK_PUBLIC)
  })
})

describe('q: syntax', () => {
  it('OR and field scopes', async () => {
    expect(ids(await found('merder OR "mutual pining"')).sort()).toEqual(['ga-s2-addek', 'ga-s4-merder'])
    // "slow build" is a synonym of Slow Burn, which both works carry once wrangled.
    expect(ids(await found('tag:"slow build"')).sort()).toEqual(['ga-inferred', 'ga-s4-merder'])
  })

  const malformed: [string, number][] = [
    ['"unclosed', 1],
    ['OR addek', 1],
    ['addek OR', 7],
    ['title: addek', 7],
    ['addek OR -merder', 10],
  ]
  it.each(malformed)('%j is a 400 at character %i', async (q, character) => {
    const problem = await expectProblem(await search(q), { status: 400, code: 'validation_failed' })
    expect(problem.errors).toEqual([
      { location: 'query.q', message: expect.stringContaining(`at character ${character})`) },
    ])
  })

  it('a malformed body query is a 400 at body.q', async () => {
    const res = await t.app.request('/v1/works/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: 'a "b' }),
    })
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors?.[0]?.location).toBe('body.q')
  })
})

describe('q: did you mean', () => {
  it('suggests a close index word when nothing is found', async () => {
    const result = await found('shepard')
    expect(result.total).toBe(0)
    expect(result.didYouMean).toBe('shepherd')
  })

  it('keeps the query’s other words and syntax', async () => {
    expect((await found('merideth -angst')).didYouMean).toBe('meredith -angst')
  })

  it('offers nothing when enough is found', async () => {
    expect((await found('angst')).didYouMean).toBeUndefined()
  })
})

describe('q: fuzzing', () => {
  const pieces = fc.constantFrom(
    '"',
    '-',
    'OR',
    'or',
    'title:',
    'author:',
    'tag:',
    'summary:',
    ' ',
    ':',
    '*',
    '(',
    ')',
    '\\',
    '%',
    'addek',
    'harbor',
    '日本',
    '\u0000',
    '\uFFFF',
    '😀',
  )
  const queries = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
    fc
      .array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 10 })
      .map((parts) => parts.join(' ')),
  )

  it('no q is ever a 5xx: a search or a 400 problem', async () => {
    await fc.assert(
      fc.asyncProperty(queries, async (q) => {
        const res = await search(q)
        expect([200, 400], q).toContain(res.status)
        if (res.status === 400) await expectProblem(res, { status: 400, code: 'validation_failed' })
        else SearchResult.parse(await res.json())
      }),
      { numRuns: 300, seed: 12 },
    )
    expect(t.logged).toEqual([])
  })
})
