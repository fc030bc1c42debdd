import {
  EngineUnavailableError,
  MeilisearchUnavailableError,
  SchemaVersionError,
  type SearchEngine,
  SearchEngineError,
  SearchTimeoutError,
} from '@ficdex/core'
import { afterEach, beforeEach, describe, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/create-test-app.js'
import { expectProblem } from '../../test/helpers/expect-problem.js'
import { createApp } from '../app.js'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp()
})
afterEach(() => t.close())

/** The test app's engine, except that every search throws `error`. */
function throwingEngine(engine: SearchEngine, error: Error): SearchEngine {
  const fail = () => Promise.reject(error)
  return { ...engine, name: engine.name, search: fail, searchFacet: fail, close: () => engine.close() }
}

describe('engine errors map by class, whatever the engine', () => {
  it.each([
    ['an engine that is not answering', 503, 'unavailable', new EngineUnavailableError('gone')],
    ['Meilisearch not answering', 503, 'unavailable', new MeilisearchUnavailableError('refused')],
    ['a search stopped past its time budget', 503, 'timeout', new SearchTimeoutError(10_000)],
    ['an old schema', 500, 'internal', new SchemaVersionError('x.db', 4, 5)],
    ['any other engine error', 500, 'internal', new SearchEngineError('broken')],
    ['an unexpected error', 500, 'internal', new Error('boom')],
  ] as const)('%s answers %i %s', async (_, status, code, error) => {
    const app = createApp({ engine: throwingEngine(t.engine, error), logger: { error() {} } })
    await expectProblem(await app.request('/v1/works?q=ferry'), { status, code })
  })
})
