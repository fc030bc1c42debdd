/**
 * `POST /v1/works/search`: the same search as `GET /v1/works`, as a JSON body, for clients that build
 * searches as objects or whose searches outgrow a URL.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import { createRoute } from '@hono/zod-openapi'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { NoParameters } from '../../lib/query-values.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { SEARCH_RESULT_EXAMPLE } from './examples.js'
import { resolveSearch } from './resolve-search.js'
import { SearchRequest } from './search-query.js'
import { presentSearchResult, SearchResult } from './search-result.js'

export const searchWorksBodyRoute = createRoute({
  method: 'post',
  path: '/works/search',
  operationId: 'searchWorksByBody',
  tags: ['Works'],
  summary: 'Search works with a JSON body',
  description:
    'The search of `GET /v1/works` with the parameters as a JSON object: the same names and meanings (`q`, `fandom`, `relationship_any`, `words_min`, `per_page`…), numbers and booleans as JSON values, lists as JSON arrays or a single value. Tag values are resolved through the tag vocabulary exactly as there. Unknown properties are errors. The `links` in the answer are the equivalent `GET` URLs, so a search made here can still be shared.',
  security: OPTIONAL_BEARER_AUTH,
  request: {
    query: NoParameters,
    body: { required: true, content: { 'application/json': { schema: SearchRequest } } },
  },
  responses: {
    200: {
      description: 'A page of matching works.',
      content: { 'application/json': { schema: SearchResult, example: SEARCH_RESULT_EXAMPLE } },
    },
    ...errorResponses(413, 415),
  },
})

export function registerSearchWorksBody(
  router: AppRouter,
  engine: SearchEngine,
  vocabulary: Vocabulary,
): void {
  router.openapi(searchWorksBodyRoute, async (c) => {
    const criteria = c.req.valid('json')
    const explained = resolveSearch(vocabulary, criteria, c.get('scope'), 'body')
    const result = await engine.search(explained.query)
    return c.json(presentSearchResult(result, criteria, explained), 200)
  })
}
