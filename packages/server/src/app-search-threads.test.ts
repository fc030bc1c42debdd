import type { WorkInput } from '@ficdex/core'
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN_KEY, bearer, createTestApp, type TestApp } from '../test/helpers/create-test-app.js'
import { expectProblem } from '../test/helpers/expect-problem.js'
import { SEED_WORKS } from '../test/helpers/seed-works.js'

let t: TestApp | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

/** Every match counted, four facets, highlights and a page of 100: the load test's expensive search. */
const EXPENSIVE =
  '/v1/works?q=she&facets=fandom,relationship,character,freeform&facet_limit=50&highlight=true&per_page=100&sort=kudos'

/** Works enough that the expensive search has real work to do: 1,500, each with a page of text. */
function manyWorks(): WorkInput[] {
  const base = SEED_WORKS[0] as WorkInput
  const body = 'She read the letter again, and she smiled, and then she put it away. '.repeat(20)
  return Array.from({ length: 1_500 }, (_, i) => ({
    ...base,
    id: `letter-${i}`,
    title: `Letter ${i}`,
    kudos: i,
    text: [{ body }],
    provenance: [],
  }))
}

describe('the app searching on threads', () => {
  it('answers searches from a thread, and finds a work written through the API at once', async () => {
    t = await createTestApp({ searchThreads: { threads: 2 } })
    const before = await t.app.request('/v1/works?q=quillback')
    expect(((await before.json()) as { total: number }).total).toBe(0)
    const put = await t.app.request('/v1/works/ferry-home', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...bearer(ADMIN_KEY) },
      body: JSON.stringify({
        title: 'The Ferry Home',
        authors: ['marigold'],
        summary: 'Addison rides the quillback ferry home.',
        fandoms: ["Grey's Anatomy"],
        words: 1200,
        complete: true,
        publishedAt: 1_609_459_200,
        updatedAt: 1_609_459_200,
        text: [{ body: 'The quillback ferry left at six, and Addison watched the water.' }],
      }),
    })
    expect(put.status).toBe(201)
    const after = await t.app.request('/v1/works?q=quillback')
    expect(((await after.json()) as { hits: { work: { id: string } }[] }).hits.map((h) => h.work.id)).toEqual(
      ['ferry-home'],
    )
  })

  it('answers a query it cannot read 400, as on the main thread', async () => {
    t = await createTestApp({ searchThreads: { threads: 1 } })
    await expectProblem(await t.app.request('/v1/works?q=%22unclosed'), {
      status: 400,
      code: 'validation_failed',
    })
  })

  it('stops a real expensive search past a tiny budget: 503 `timeout`, not logged as a failure', async () => {
    t = await createTestApp({ works: manyWorks(), searchThreads: { threads: 1, searchBudgetMs: 1 } })
    const res = await t.app.request(EXPENSIVE)
    await expectProblem(res, { status: 503, code: 'timeout' })
    expect(t.logged).toEqual([])
  })
})
