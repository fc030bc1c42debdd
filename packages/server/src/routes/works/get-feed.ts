/**
 * `GET /v1/works.atom`: any search as an Atom feed, newest update first, for feed readers.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { atomFeed } from './atom-feed.js'
import { FEED_EXAMPLE } from './examples.js'
import { resolveSearch } from './resolve-search.js'
import { paramsFromCriteria } from './search-params.js'
import { SearchParams } from './search-query.js'

export const ATOM_TYPE = 'application/atom+xml'

export const getFeedRoute = createRoute({
  method: 'get',
  path: '/works.atom',
  operationId: 'getWorksFeed',
  tags: ['Works'],
  summary: 'Search as an Atom feed',
  description:
    'Any search of `GET /v1/works`, with the same parameters, as an Atom 1.0 feed (RFC 4287) for feed readers: one entry per work, most recently updated first whatever `sort` says, with its authors, summary, dates and canonical tags as categories. A work whose update date is unknown has no entry, since an Atom entry must say when it was updated. `per_page` (default 20) sets how many entries. AO3 offers feeds per tag only; here every filter applies.',
  security: OPTIONAL_BEARER_AUTH,
  request: { query: SearchParams },
  responses: {
    200: {
      description: 'The feed.',
      content: {
        [ATOM_TYPE]: {
          schema: z.string().openapi({ description: 'An Atom 1.0 document.' }),
          example: FEED_EXAMPLE,
        },
      },
    },
    ...errorResponses(),
  },
})

export function registerGetFeed(router: AppRouter, engine: SearchEngine, vocabulary: Vocabulary): void {
  router.openapi(getFeedRoute, async (c) => {
    const criteria = c.req.valid('query')
    const { query } = resolveSearch(vocabulary, criteria, c.get('scope'), 'query')
    const result = await engine.search({ ...query, sort: { field: 'updated', order: 'desc' }, page: 1 })
    const origin = new URL(c.req.url).origin
    const search = paramsFromCriteria(criteria).toString()
    const xml = atomFeed({
      self: c.req.url,
      alternate: `${origin}/v1/works${search ? `?${search}` : ''}`,
      workUrl: (id) => `${origin}/v1/works/${encodeURIComponent(id)}`,
      title: search
        ? `ficdex: works matching ${decodeURIComponent(search.replaceAll('+', ' '))}`
        : 'ficdex: all works',
      works: result.hits.map((hit) => hit.work),
    })
    return c.body(xml, 200, { 'Content-Type': `${ATOM_TYPE}; charset=utf-8` })
  })
}
