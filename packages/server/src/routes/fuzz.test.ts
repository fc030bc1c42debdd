/**
 * Property-based fuzzing of every route (fast-check, a bounded number of cases per property): arbitrary
 * query strings over the real parameter names and junk ones, path parameters with any characters and
 * broken percent-encoding, JSON and non-JSON bodies, and arbitrary headers. Whatever arrives, the answer
 * is never a 5xx, and every error is a problem document with its code and request id.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ADMIN_KEY,
  ALL_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  type TestApp,
} from '../../test/helpers/create-test-app.js'
import { FailureDelay } from '../auth/failure-delay.js'
import { Problem } from '../lib/problem.js'
import { FACET_SEARCH_FIELDS, SEARCH_FIELDS } from './works/search-fields.js'

/** Cases per property; seven properties make a few thousand requests in all. */
const RUNS = 600

let t: TestApp
const seen = { requests: 0, byStatus: new Map<number, number>() }
beforeAll(async () => {
  // Wrong keys are part of the fuzz: answer them at once rather than slowing down as a server should.
  t = await createTestApp({ failureDelay: new FailureDelay({ maxDelayMs: 0 }) })
})
afterAll(async () => {
  await t.close()
  const statuses = [...seen.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`)
  process.stdout.write(`fuzz: ${seen.requests} requests, statuses ${statuses.join(' ')}\n`)
})

/** Sends one request and checks the answer's contract. */
async function check(path: string, init: RequestInit = {}): Promise<void> {
  const res = await t.app.request(path, init)
  seen.requests++
  seen.byStatus.set(res.status, (seen.byStatus.get(res.status) ?? 0) + 1)
  const where = `${init.method ?? 'GET'} ${path}`
  expect(res.status, where).toBeLessThan(500)
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), where).toMatch(/^application\/problem\+json/)
    if (init.method === 'HEAD') return
    const problem = Problem.parse(await res.json())
    expect(problem.status, where).toBe(res.status)
    expect(problem.requestId, where).toBe(res.headers.get('x-request-id'))
  }
}

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u200b',
    '%',
    '%zz',
    '%E0%A4%A',
    '-',
    '"',
    '\\',
    '*',
    '0',
    '-1',
    '1e999',
    'NaN',
    'true',
  ),
  fc.integer().map(String),
)
/** Characters that survive as they are in a URL, plus `%`, so encodings can be broken on purpose. */
const rawSegment = fc.string({
  unit: fc.constantFrom(..."abcXYZ019-_.~%!$&'()*+,;=:@".split('')),
  minLength: 1,
  maxLength: 30,
})
const segment = fc.oneof(
  anyText.map(encodeURIComponent).filter((s) => s !== '' && s !== '.' && s !== '..'),
  rawSegment,
)
const paramName = fc.oneof(
  fc.constantFrom(...Object.keys(SEARCH_FIELDS), ...Object.keys(FACET_SEARCH_FIELDS)),
  fc.string({ maxLength: 12 }),
)
const queryString = fc
  .array(fc.tuple(paramName, anyText), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'))
const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)),
  maxLength: 60,
})
const authorization = fc.option(
  fc.oneof(
    headerValue,
    headerValue.map((v) => `Bearer ${v}`),
    fc.constantFrom(
      bearer(MEMBERS_KEY).Authorization,
      bearer(ALL_KEY).Authorization,
      'Bearer a.b.c',
      'Basic x',
    ),
  ),
  { nil: undefined },
)

describe('fuzzing every route: no 5xx, every error a problem document', () => {
  it('query strings on the search, facet and tag routes', async () => {
    const path = fc.constantFrom('/v1/works', '/v1/works/facets/freeform', '/v1/tags', '/health', '/ready')
    await fc.assert(
      fc.asyncProperty(path, queryString, async (route, query) => check(`${route}?${query}`)),
      { numRuns: RUNS },
    )
  })

  it('path parameters', async () => {
    const paths = fc.oneof(
      segment.map((id) => `/v1/works/${id}`),
      fc.tuple(segment, segment).map(([id, n]) => `/v1/works/${id}/chapters/${n}`),
      fc.tuple(segment, segment).map(([kind, name]) => `/v1/tags/${kind}/${name}`),
      segment.map((name) => `/v1/tags/fandom/${name}`),
      segment.map((kind) => `/v1/works/facets/${kind}`),
      fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
    )
    await fc.assert(
      fc.asyncProperty(paths, async (path) => check(path)),
      { numRuns: RUNS },
    )
  })

  it('JSON bodies of the search and the tag suggestion', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(paramName, fc.oneof(anyText, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 }),
      fc.record({ text: anyText, title: fc.option(anyText) }),
    )
    const route = fc.constantFrom('/v1/works/search', '/v1/tags/suggest')
    await fc.assert(
      fc.asyncProperty(route, body, async (path, value) =>
        check(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(value) ?? 'null',
        }),
      ),
      { numRuns: RUNS },
    )
  })

  it('bodies that are not JSON, under any content type', async () => {
    const contentType = fc.oneof(
      fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
      ),
      headerValue,
    )
    const body = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }))
    const route = fc.constantFrom('/v1/works/search', '/v1/tags/suggest', '/v1/works', '/health')
    await fc.assert(
      fc.asyncProperty(route, contentType, body, async (path, type, text) =>
        check(path, { method: 'POST', headers: { 'Content-Type': type }, body: text }),
      ),
      { numRuns: RUNS },
    )
  })

  it('headers: credentials, content negotiation, request ids', async () => {
    const headers = fc.record(
      {
        authorization,
        accept: fc.option(headerValue, { nil: undefined }),
        'x-request-id': fc.option(headerValue, { nil: undefined }),
        'accept-encoding': fc.option(headerValue, { nil: undefined }),
        origin: fc.option(headerValue, { nil: undefined }),
      },
      { requiredKeys: [] },
    )
    const route = fc.constantFrom(
      '/v1/works?q=spock',
      '/v1/works/tos-shore-leave',
      '/v1/tags?q=kirk',
      '/health',
    )
    await fc.assert(
      fc.asyncProperty(route, headers, async (path, sent) => {
        const defined = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined)) as Record<
          string,
          string
        >
        await check(path, { headers: defined })
      }),
      { numRuns: RUNS },
    )
  })

  it('works written with an admin key: any id, any body', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(
        fc.constantFrom(
          'title',
          'words',
          'complete',
          'publishedAt',
          'updatedAt',
          'text',
          'rating',
          'fandoms',
          'id',
          'x',
        ),
        fc.oneof(anyText, fc.jsonValue({ maxDepth: 2 })),
        { maxKeys: 8 },
      ),
    )
    const method = fc.constantFrom('PUT', 'DELETE')
    await fc.assert(
      fc.asyncProperty(method, segment, body, async (m, id, value) =>
        check(`/v1/works/${id}`, {
          method: m,
          headers: { 'Content-Type': 'application/json', ...bearer(ADMIN_KEY) },
          ...(m === 'PUT' ? { body: JSON.stringify(value) ?? 'null' } : {}),
        }),
      ),
      { numRuns: RUNS },
    )
  })

  it('methods the routes do not take', async () => {
    const method = fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'POST', 'GET')
    const path = fc.constantFrom('/v1/works', '/v1/works/tos-shore-leave', '/v1/tags', '/health', '/nowhere')
    await fc.assert(
      fc.asyncProperty(method, path, queryString, async (m, p, q) => check(`${p}?${q}`, { method: m })),
      { numRuns: RUNS },
    )
  })
})
