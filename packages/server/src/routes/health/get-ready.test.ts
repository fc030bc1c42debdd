import { type SearchEngine, SettingsChangedError } from '@ficdex/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/create-test-app.js'
import { damageTable } from '../../../test/helpers/damage-table.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { createApp } from '../../app.js'
import { Ready } from './get-ready.js'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp()
})
afterEach(() => t.close())

describe('GET /ready', () => {
  it('answers 200 when the engine answers a search', async () => {
    const res = await t.app.request('/ready')
    expect(res.status).toBe(200)
    expect(Ready.strict().parse(await res.json())).toEqual({ status: 'ready' })
  })

  it('answers 503 when a search fails though the engine still counts its works', async () => {
    const engine = t.engine
    const malformed = () => Promise.reject(new Error('database disk image is malformed'))
    const failing: SearchEngine = {
      name: engine.name,
      count: () => engine.count(),
      get: (id, scope) => engine.get(id, scope),
      search: malformed,
      searchFacet: malformed,
      upsert: (works) => engine.upsert(works),
      delete: (ids) => engine.delete(ids),
      hashes: () => engine.hashes(),
      close: () => engine.close(),
    }
    expect(await failing.count()).toBeGreaterThan(0)
    const app = createApp({ engine: failing, logger: { error() {} } })
    await expectProblem(await app.request('/ready'), { status: 503, code: 'unavailable' })
  })

  it.each([
    ['the works’ tags', 'work_tags'],
    ['the stored documents', 'work_docs'],
  ])('answers 503 when the database file is damaged in %s', async (_name, table) => {
    expect((await t.app.request('/ready')).status).toBe(200)
    damageTable((t.engine as { path?: string }).path as string, table)
    await expectProblem(await t.app.request('/ready'), { status: 503, code: 'unavailable' })
  })

  it('answers 503 when the index settings changed since the engine opened', async () => {
    const engine = t.engine
    let changed = false
    const watched: SearchEngine = {
      name: engine.name,
      count: () => engine.count(),
      get: (id, scope) => engine.get(id, scope),
      search: (query) => engine.search(query),
      searchFacet: (query, facet) => engine.searchFacet(query, facet),
      upsert: (works) => engine.upsert(works),
      delete: (ids) => engine.delete(ids),
      hashes: () => engine.hashes(),
      close: () => engine.close(),
      checkSettings: async () => {
        if (changed) throw new SettingsChangedError('the settings of index works changed')
      },
    }
    const app = createApp({ engine: watched, logger: { error() {} } })
    expect((await app.request('/ready')).status).toBe(200)
    changed = true
    const problem = await expectProblem(await app.request('/ready'), { status: 503, code: 'unavailable' })
    expect(problem.detail).toMatch(/settings changed/)
  })

  it('answers 503 when the engine is closed', async () => {
    await t.engine.close()
    await expectProblem(await t.app.request('/ready'), { status: 503, code: 'unavailable' })
  })
})
