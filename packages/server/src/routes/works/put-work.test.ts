import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ADMIN_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  type TestApp,
  TOKEN_SECRET,
} from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { signMemberToken } from '../../auth/member-token.js'
import { WorkWriteResult } from './put-work.js'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp()
})
afterEach(() => t.close())

const WORK = {
  title: 'The Ferry Home',
  authors: ['marigold'],
  summary: 'Addison rides the quillback ferry home.',
  fandoms: ["Grey's Anatomy"],
  relationships: ['Addek'],
  words: 1200,
  complete: true,
  publishedAt: 1_609_459_200,
  updatedAt: 1_609_459_200,
  text: [{ title: 'One', body: 'The quillback ferry left at six, and Addison watched the water.' }],
}

const put = (id: string, body: unknown, headers: Record<string, string> = bearer(ADMIN_KEY)) =>
  t.app.request(`/v1/works/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('PUT /v1/works/{id}', () => {
  it('adds a work that search finds at once, wrangled as the indexer does', async () => {
    const res = await put('ferry-home', WORK)
    expect(res.status).toBe(201)
    const result = WorkWriteResult.parse(await res.json())
    expect(result).toMatchObject({ created: true, changed: true, unwrangled: [] })
    expect(result.work.relationships).toEqual(['Addison Montgomery/Derek Shepherd'])
    const search = (await (await t.app.request('/v1/works?q=quillback')).json()) as {
      hits: { work: { id: string } }[]
    }
    expect(search.hits.map((hit) => hit.work.id)).toEqual(['ferry-home'])
    expect((await t.app.request('/v1/works/ferry-home/chapters/1')).status).toBe(200)
  })

  it('stores a declared main relationship first, which main_relationship then finds', async () => {
    const found = async () =>
      (
        (await (await t.app.request('/v1/works?main_relationship=Addek')).json()) as {
          hits: { work: { id: string } }[]
        }
      ).hits.map((hit) => hit.work.id)
    const twoPairings = { ...WORK, relationships: ['Mark Sloan/Lexie Grey', 'Addek'] }
    await put('ferry-home', twoPairings)
    expect(await found()).toEqual([])
    const res = await put('ferry-home', { ...twoPairings, mainRelationship: 'addek' })
    expect(res.status).toBe(200)
    const { work } = WorkWriteResult.parse(await res.json())
    expect(work.relationships[0]).toBe('Addison Montgomery/Derek Shepherd')
    expect(await found()).toEqual(['ferry-home'])
  })

  it('is idempotent: the same work again changes nothing, an edit replaces it', async () => {
    await put('ferry-home', WORK)
    const again = WorkWriteResult.parse(await (await put('ferry-home', WORK)).json())
    expect(again).toMatchObject({ created: false, changed: false })
    const edited = await put('ferry-home', { ...WORK, title: 'The Ferry Back' })
    expect(edited.status).toBe(200)
    expect(WorkWriteResult.parse(await edited.json())).toMatchObject({ created: false, changed: true })
    const work = (await (await t.app.request('/v1/works/ferry-home')).json()) as { title: string }
    expect(work.title).toBe('The Ferry Back')
  })

  it('stores a restricted work that only members see', async () => {
    await put('ferry-locked', { ...WORK, visibility: 'restricted' })
    expect((await t.app.request('/v1/works/ferry-locked')).status).toBe(404)
    expect((await t.app.request('/v1/works/ferry-locked', { headers: bearer(MEMBERS_KEY) })).status).toBe(200)
  })

  it.each([
    ['a missing title', { ...WORK, title: undefined }, 'body.title'],
    ['a field ficdex computes', { ...WORK, contentHash: 'x' }, 'body.contentHash'],
    ['an unknown rating', { ...WORK, rating: 'PG' }, 'body.rating'],
    ['negative words', { ...WORK, words: -1 }, 'body.words'],
  ])('answers 400 naming the field for %s, and stores nothing', async (_name, body, location) => {
    const problem = await expectProblem(await put('bad-work', body), {
      status: 400,
      code: 'validation_failed',
    })
    expect(problem.errors?.map((e) => e.location)).toContain(location)
    expect((await t.app.request('/v1/works/bad-work', { headers: bearer(ADMIN_KEY) })).status).toBe(404)
  })

  it('answers 400 for an id the engines cannot hold', async () => {
    await expectProblem(await put('no%20spaces', WORK), { status: 400, code: 'validation_failed' })
  })

  it('needs an admin key: 401 without one, 403 with a members key or a member token', async () => {
    await expectProblem(await put('ferry-home', WORK, {}), { status: 401, code: 'unauthorized' })
    await expectProblem(await put('ferry-home', WORK, bearer(MEMBERS_KEY)), {
      status: 403,
      code: 'forbidden',
    })
    const token = await signMemberToken({ scope: 'members' }, TOKEN_SECRET, 60)
    await expectProblem(await put('ferry-home', WORK, bearer(token)), { status: 403, code: 'forbidden' })
    expect((await t.app.request('/v1/works/ferry-home', { headers: bearer(ADMIN_KEY) })).status).toBe(404)
  })

  it('takes a long story, past the search body limit', async () => {
    const body = 'word '.repeat(40_000)
    expect((await put('long-one', { ...WORK, text: [{ body }] })).status).toBe(201)
  })
})

describe('DELETE /v1/works/{id}', () => {
  const remove = (id: string, headers: Record<string, string> = bearer(ADMIN_KEY)) =>
    t.app.request(`/v1/works/${id}`, { method: 'DELETE', headers })

  it('removes a work from search and reading at once, and answers the same when it is gone', async () => {
    await put('ferry-home', WORK)
    expect((await remove('ferry-home')).status).toBe(204)
    expect((await t.app.request('/v1/works/ferry-home', { headers: bearer(ADMIN_KEY) })).status).toBe(404)
    const search = (await (await t.app.request('/v1/works?q=quillback')).json()) as { total: number }
    expect(search.total).toBe(0)
    expect((await remove('ferry-home')).status).toBe(204)
  })

  it('needs an admin key', async () => {
    await expectProblem(await remove('tos-shore-leave', {}), { status: 401, code: 'unauthorized' })
    await expectProblem(await remove('tos-shore-leave', bearer(MEMBERS_KEY)), {
      status: 403,
      code: 'forbidden',
    })
    expect((await t.app.request('/v1/works/tos-shore-leave')).status).toBe(200)
  })
})
