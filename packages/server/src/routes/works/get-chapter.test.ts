import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createTestApp, MEMBERS_KEY, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { Chapter } from './schema.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('GET /v1/works/{id}/chapters/{n}', () => {
  it.each([
    [1, 'Planetfall', 'The transporter hummed'],
    [2, null, 'Spock did not find the festival logical'],
  ] as const)('returns chapter %d', async (n, title, opening) => {
    const res = await t.app.request(`/v1/works/tos-shore-leave/chapters/${n}`)
    expect(res.status).toBe(200)
    const chapter = Chapter.parse(await res.json())
    expect(chapter).toMatchObject({ workId: 'tos-shore-leave', number: n, title, chapterCount: 2 })
    expect(chapter.body).toMatch(new RegExp(`^${opening}`))
  })

  it('answers 404 past the last chapter', async () => {
    const problem = await expectProblem(await t.app.request('/v1/works/tos-shore-leave/chapters/3'), {
      status: 404,
      code: 'not_found',
    })
    expect(problem.detail).toContain('2 readable chapter')
  })

  it.each(['0', '-1', 'one', '1.5'])('answers 400 for chapter number %s', async (n) => {
    const problem = await expectProblem(await t.app.request(`/v1/works/tos-shore-leave/chapters/${n}`), {
      status: 400,
      code: 'validation_failed',
    })
    expect(problem.errors?.[0]?.location).toBe('path.n')
  })

  it('keeps restricted chapters from the public', async () => {
    await expectProblem(await t.app.request('/v1/works/pp-restricted/chapters/1'), {
      status: 404,
      code: 'not_found',
    })
    const res = await t.app.request('/v1/works/pp-restricted/chapters/1', { headers: bearer(MEMBERS_KEY) })
    expect(res.status).toBe(200)
  })
})
