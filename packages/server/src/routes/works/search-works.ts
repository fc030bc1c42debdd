/**
 * `GET /v1/works`: faceted search with every condition in the query string, so searches are links.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import { createRoute } from '@hono/zod-openapi'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { SEARCH_RESULT_EXAMPLE } from './examples.js'
import { resolveSearch } from './resolve-search.js'
import { SEARCH_GROUPS } from './search-fields.js'
import { describeGroups, SearchParams } from './search-query.js'
import { presentSearchResult, SearchResult } from './search-result.js'

export const searchWorksRoute = createRoute({
  method: 'get',
  path: '/works',
  operationId: 'searchWorks',
  tags: ['Works'],
  summary: 'Search works',
  description: [
    'Full-text and faceted search over the works you may see, with every condition in the query string so that a search is a shareable URL. `POST /v1/works/search` takes the same parameters, with the same names, as a JSON body.',
    '',
    describeGroups(SEARCH_GROUPS),
    '',
    'A parameter this list does not name is a `validation_failed` error naming it, so that a misspelt filter is never silently ignored. Without an API key only public works are searched; a member key also finds restricted works, in hits and in every count.',
  ].join('\n'),
  security: OPTIONAL_BEARER_AUTH,
  request: { query: SearchParams },
  responses: {
    200: {
      description: 'A page of matching works.',
      content: { 'application/json': { schema: SearchResult, example: SEARCH_RESULT_EXAMPLE } },
    },
    ...errorResponses(),
  },
})

export function registerSearchWorks(router: AppRouter, engine: SearchEngine, vocabulary: Vocabulary): void {
  router.openapi(searchWorksRoute, async (c) => {
    const criteria = c.req.valid('query')
    const explained = resolveSearch(vocabulary, criteria, c.get('scope'), 'query')
    const result = await engine.search(explained.query)
    return c.json(presentSearchResult(result, criteria, explained), 200)
  })
}
