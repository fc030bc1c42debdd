import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ALL_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  type TestApp,
} from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { Work } from './schema.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('GET /v1/works/{id}', () => {
  it('returns the work with its chapter titles and provenance, without text', async () => {
    const res = await t.app.request('/v1/works/tos-shore-leave')
    expect(res.status).toBe(200)
    const work = Work.parse(await res.json())
    expect(work).toMatchObject({
      id: 'tos-shore-leave',
      title: 'Shore Leave on Argelius',
      authors: ['vulcanlogic'],
      kudos: 310,
      updatedAt: '2019-05-20T12:00:00Z',
      chapterTitles: ['Planetfall', null],
      // Wrangling gave every tag an entry; the author's and the inferred trope keep theirs.
      provenance: expect.arrayContaining([
        expect.objectContaining({ kind: 'fandom', tag: 'Star Trek: The Original Series', source: 'author' }),
        expect.objectContaining({ kind: 'freeform', tag: 'Friendship', source: 'author' }),
        expect.objectContaining({
          kind: 'freeform',
          tag: 'Humor',
          source: 'inferred',
          confidence: 0.8,
          evidence: [{ phrase: 'laughed', count: 4 }],
        }),
      ]),
    })
    expect(work).not.toHaveProperty('text')
  })

  it('answers 404 for an unknown id', async () => {
    const problem = await expectProblem(await t.app.request('/v1/works/no-such-work'), {
      status: 404,
      code: 'not_found',
    })
    expect(problem.detail).toContain('no-such-work')
  })

  it('answers 400 for an id that cannot exist', async () => {
    const problem = await expectProblem(await t.app.request('/v1/works/bad%20id!'), {
      status: 400,
      code: 'validation_failed',
    })
    expect(problem.errors?.[0]?.location).toBe('path.id')
  })

  it('answers 404 for a restricted work without a key, as if it did not exist', async () => {
    await expectProblem(await t.app.request('/v1/works/pp-restricted'), { status: 404, code: 'not_found' })
    const res = await t.app.request('/v1/works/pp-restricted', { headers: bearer(MEMBERS_KEY) })
    expect(Work.parse(await res.json()).visibility).toBe('restricted')
  })

  it('shows hidden works to an all key only', async () => {
    const asMember = await t.app.request('/v1/works/ga-hidden', { headers: bearer(MEMBERS_KEY) })
    await expectProblem(asMember, { status: 404, code: 'not_found' })
    const asAdmin = await t.app.request('/v1/works/ga-hidden', { headers: bearer(ALL_KEY) })
    expect(asAdmin.status).toBe(200)
  })
})
