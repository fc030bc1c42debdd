import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createTestApp, MEMBERS_KEY, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { GREYS_WORKS } from '../../../test/helpers/greys-works.js'
import { SimilarWorks } from './get-similar.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ works: GREYS_WORKS })
})
afterAll(() => t.close())

async function similar(path: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(`/v1/works/${path}`, { headers })
  expect(res.status).toBe(200)
  return SimilarWorks.parse(await res.json())
}
const ids = (result: SimilarWorks) => result.hits.map((hit) => hit.work.id)

describe('GET /v1/works/{id}/similar', () => {
  it('ranks the works sharing the pairing first, of the same fandom before others', async () => {
    const result = await similar('ga-s3-addek/similar')
    expect(ids(result).slice(0, 2).sort()).toEqual(['ga-inferred', 'ga-s2-addek'])
    expect(ids(result)).not.toContain('ga-s3-addek')
    const fandomOrder = result.hits.map((hit) => hit.sameFandom)
    expect(fandomOrder).toEqual([...fandomOrder].sort((a, b) => Number(b) - Number(a)))
    expect(ids(result).indexOf('pp-s1-addek')).toBeGreaterThan(ids(result).indexOf('ga-s1'))
    expect(result.hits[0]?.shared.relationship).toEqual(['Addison Montgomery/Derek Shepherd'])
  })

  it('respects visibility: a restricted work is found with a member key only', async () => {
    expect(ids(await similar('ga-s3-addek/similar'))).not.toContain('ga-s3-locked')
    expect(ids(await similar('ga-s3-addek/similar', bearer(MEMBERS_KEY)))).toContain('ga-s3-locked')
    await expectProblem(await t.app.request('/v1/works/ga-s3-locked/similar'), {
      status: 404,
      code: 'not_found',
    })
  })

  it('respects the usual filters and per_page', async () => {
    const result = await similar('ga-s3-addek/similar?fandom_not=Private%20Practice&per_page=2')
    expect(ids(result)).toHaveLength(2)
    expect(ids(result)).not.toContain('pp-s1-addek')
  })

  it('rejects an unknown parameter', async () => {
    await expectProblem(await t.app.request('/v1/works/ga-s3-addek/similar?nope=1'), {
      status: 400,
      code: 'validation_failed',
    })
  })
})
