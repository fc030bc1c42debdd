import { openEmbeddedEngine, parseQuery } from '@ficdex/core'
import { createApp } from '@ficdex/server'
import { afterAll, describe, expect, it } from 'vitest'
import { toRequestBody } from './request-body.js'

const engine = await openEmbeddedEngine({ path: ':memory:' })
afterAll(() => engine.close())

describe('toRequestBody', () => {
  it('writes every condition the query mix uses with the API’s names, and the server accepts it', async () => {
    const query = parseQuery({
      text: 'ferry',
      tags: {
        fandom: { all: ['A'], any: [], exclude: [] },
        freeform: { all: [], any: ['B', 'C'], exclude: ['D'] },
      },
      sort: { field: 'kudos', order: 'asc' },
      page: 2,
      perPage: 5,
      facets: { kinds: ['fandom'], limit: 3 },
    })
    const body = toRequestBody(query)
    expect(body).toEqual({
      q: 'ferry',
      fandom: ['A'],
      freeform_any: ['B', 'C'],
      freeform_not: ['D'],
      sort: 'kudos',
      order: 'asc',
      page: 2,
      per_page: 5,
      facets: ['fandom'],
      facet_limit: 3,
    })
    const res = await createApp({ engine }).request('/v1/works/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(res.status).toBe(200)
  })
})
