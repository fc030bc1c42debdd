import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createTestApp, MEMBERS_KEY, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { SearchResult } from './search-result.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ bodyLimit: 4096 })
})
afterAll(() => t.close())

const post = (body: unknown, headers: Record<string, string> = {}) =>
  t.app.request('/v1/works/search', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('POST /v1/works/search: happy paths', () => {
  it('answers exactly what the equivalent GET answers, links included', async () => {
    const body = {
      character: 'Spock',
      warning_not: ['Major Character Death'],
      words_min: 1000,
      published_from: '2019-01-01',
      published_to: '2021-12-31',
      sort: 'title',
      per_page: 1,
      facets: 'relationship',
      stats: ['kudos'],
    }
    const res = await post(body)
    expect(res.status).toBe(200)
    const result = SearchResult.parse(await res.json())
    expect(result.total).toBe(2)
    expect(result.links.self).toBe(
      '/v1/works?warning_not=Major+Character+Death&character=Spock&words_min=1000&published_from=2019-01-01&published_to=2021-12-31&sort=title&per_page=1&facets=relationship&stats=kudos',
    )
    const viaGet = await t.app.request(result.links.self)
    expect(await viaGet.json()).toEqual(result)
  })

  it('searches restricted works with a member key', async () => {
    const body = { fandom_any: ['Pride and Prejudice - Jane Austen'] }
    expect(SearchResult.parse(await (await post(body)).json()).total).toBe(1)
    expect(SearchResult.parse(await (await post(body, bearer(MEMBERS_KEY))).json()).total).toBe(2)
  })
})

describe('POST /v1/works/search: invalid input', () => {
  it('answers 400 bad_request for malformed JSON', async () => {
    await expectProblem(await post('{"q": '), { status: 400, code: 'bad_request' })
  })

  it('answers 400 validation_failed with body locations', async () => {
    const res = await post({ per_page: 0, fandom: ['A', ''], perPage: 10, tags: {} })
    const problem = await expectProblem(res, { status: 400, code: 'validation_failed' })
    expect(problem.errors).toEqual([
      { location: 'body.fandom.1', message: 'Too small: expected string to have >=1 characters' },
      { location: 'body.per_page', message: 'Too small: expected number to be >=1' },
      { location: 'body.perPage', message: 'Unknown property' },
      { location: 'body.tags', message: 'Unknown property' },
    ])
  })

  it('answers 400 for a range out of order once the values are valid', async () => {
    const problem = await expectProblem(await post({ kudos_min: 5, kudos_max: 1 }), {
      status: 400,
      code: 'validation_failed',
    })
    expect(problem.errors).toEqual([
      { location: 'body.kudos_max', message: 'must not be less than kudos_min' },
    ])
  })

  it('answers 415 for a body that is not JSON', async () => {
    const res = await t.app.request('/v1/works/search', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'dragons',
    })
    await expectProblem(res, { status: 415, code: 'unsupported_media_type' })
  })

  it('answers 413 for a body over the limit', async () => {
    await expectProblem(await post({ q: 'x'.repeat(5000) }), { status: 413, code: 'payload_too_large' })
  })
})
