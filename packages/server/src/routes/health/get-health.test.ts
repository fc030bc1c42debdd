import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import packageJson from '../../../package.json' with { type: 'json' }
import {
  ALL_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  type TestApp,
} from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { PUBLIC_COUNT, SEED_WORKS } from '../../../test/helpers/seed-works.js'
import { Health } from './get-health.js'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp()
})
afterEach(() => t.close())

describe('GET /health', () => {
  it('reports the engine, the number of works the caller may see, and the version', async () => {
    const res = await t.app.request('/health')
    expect(res.status).toBe(200)
    expect(Health.parse(await res.json())).toEqual({
      status: 'ok',
      engine: 'embedded',
      works: PUBLIC_COUNT,
      version: packageJson.version,
    })
  })

  it('counts restricted works for members and every work for a key that sees all', async () => {
    const works = async (key: string) =>
      Health.parse(await (await t.app.request('/health', { headers: bearer(key) })).json()).works
    const hidden = SEED_WORKS.filter((w) => w.visibility === 'hidden').length
    expect(await works(MEMBERS_KEY)).toBe(SEED_WORKS.length - hidden)
    expect(await works(ALL_KEY)).toBe(SEED_WORKS.length)
    expect(hidden).toBeGreaterThan(0)
  })

  it('reports the version the API document states, from one place', async () => {
    const document = (await (await t.app.request('/openapi.json')).json()) as { info: { version: string } }
    const health = Health.parse(await (await t.app.request('/health')).json())
    expect(document.info.version).toBe(health.version)
    expect(health.version).toBe(packageJson.version)
  })

  it('answers 503 when the engine does not answer, and logs why', async () => {
    await t.engine.close()
    const problem = await expectProblem(await t.app.request('/health'), { status: 503, code: 'unavailable' })
    expect(problem.detail).toBe('The embedded search engine is not answering.')
    expect(t.logged).toHaveLength(1)
  })
})
