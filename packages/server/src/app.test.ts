import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bearer, createTestApp, MEMBERS_KEY, type TestApp } from '../test/helpers/create-test-app.js'
import { expectProblem } from '../test/helpers/expect-problem.js'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp()
})
afterEach(() => t.close())

/** One request per operation, for checks every route must pass. */
const EVERY_ROUTE: [string, RequestInit?][] = [
  ['/v1/works'],
  ['/v1/works/search', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }],
  ['/v1/works/facets/fandom?facet_query=star'],
  ['/v1/works/tos-shore-leave'],
  ['/v1/works/tos-shore-leave/chapters/1'],
  ['/v1/tags?q=spock'],
  ['/v1/tags/character/Spock'],
  ['/health'],
]

const withHeaders = (init: RequestInit | undefined, headers: Record<string, string>): RequestInit => ({
  ...init,
  headers: { ...(init?.headers as Record<string, string>), ...headers },
})

describe('every route', () => {
  it.each(EVERY_ROUTE)('%s answers without a key, and with a member key', async (path, init) => {
    expect((await t.app.request(path, init)).status).toBe(200)
    expect((await t.app.request(path, withHeaders(init, bearer(MEMBERS_KEY)))).status).toBe(200)
  })

  it.each(EVERY_ROUTE)('%s refuses an unknown key with 401', async (path, init) => {
    const res = await t.app.request(path, withHeaders(init, bearer('an-unknown-key-0123456789')))
    await expectProblem(res, { status: 401, code: 'unauthorized' })
  })

  it.each(EVERY_ROUTE)('%s refuses a header that is not a bearer key with 401', async (path, init) => {
    const res = await t.app.request(path, withHeaders(init, { Authorization: `Basic ${btoa('user:pass')}` }))
    const problem = await expectProblem(res, { status: 401, code: 'unauthorized' })
    expect(problem.detail).toContain('Bearer')
  })

  it.each(EVERY_ROUTE)('%s answers 400 naming a query parameter it does not take', async (path, init) => {
    const url = `${path}${path.includes('?') ? '&' : '?'}utm_source=feed`
    const problem = await expectProblem(await t.app.request(url, init), {
      status: 400,
      code: 'validation_failed',
    })
    expect(problem.errors).toEqual([{ location: 'query.utm_source', message: 'Unknown parameter' }])
  })
})

describe('errors', () => {
  it('answers 404 in the envelope for an unknown route', async () => {
    const problem = await expectProblem(await t.app.request('/v2/nothing'), {
      status: 404,
      code: 'not_found',
    })
    expect(problem.detail).toBe('No route matches GET /v2/nothing.')
  })

  it('answers 404 for a method a route does not have', async () => {
    await expectProblem(await t.app.request('/v1/works', { method: 'DELETE' }), {
      status: 404,
      code: 'not_found',
    })
  })

  it('answers 500 without the internal message, and logs it', async () => {
    await t.engine.close() // the engine now throws on every call, as a broken database would
    const res = await t.app.request('/v1/works?q=spock')
    const problem = await expectProblem(res, { status: 500, code: 'internal' })
    expect(problem.detail).toBe('An unexpected error occurred. Quote the request id when reporting it.')
    expect(t.logged).toHaveLength(1)
    const { details } = t.logged[0]!
    expect(details).toMatchObject({ requestId: problem.requestId, method: 'GET', path: '/v1/works' })
    const message = (details.error as Error).message
    expect(message.length).toBeGreaterThan(0)
    expect(JSON.stringify(problem)).not.toContain(message)
  })

  it('keeps a caller’s request id, and makes one otherwise', async () => {
    const given = await t.app.request('/v1/works/missing', { headers: { 'X-Request-Id': 'trace-42' } })
    expect(given.headers.get('x-request-id')).toBe('trace-42')
    expect((await expectProblem(given, { status: 404, code: 'not_found' })).requestId).toBe('trace-42')
    const made = await t.app.request('/v1/works')
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('HTTP hygiene', () => {
  it('lets browser apps on other origins call the API', async () => {
    const preflight = await t.app.request('/v1/works/search', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://reader.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
    const get = await t.app.request('/v1/works', { headers: { Origin: 'https://reader.example' } })
    expect(get.headers.get('access-control-allow-origin')).toBe('*')
    expect(get.headers.get('access-control-expose-headers')).toContain('X-Request-Id')
  })

  it('sends secure headers', async () => {
    const res = await t.app.request('/health')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })
})

describe('GET /openapi.json', () => {
  it('serves the committed document, so the SDK is generated from what the server does', async () => {
    const res = await t.app.request('/openapi.json')
    expect(res.status).toBe(200)
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'))
    expect(await res.json()).toEqual(committed)
  })
})
