/**
 * `POST /v1/works/search`: the same search as `GET /v1/works`, as a JSON body, for clients that build
 * searches as objects or whose searches outgrow a URL.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import { createRoute } from '@hono/zod-openapi'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { BODY_LOCATIONS, resolveSearch } from './resolve-search.js'
import { SearchRequest } from './search-criteria.js'
import { presentSearchResult, SearchResult } from './search-result.js'

export const searchWorksBodyRoute = createRoute({
  method: 'post',
  path: '/works/search',
  operationId: 'searchWorksByBody',
  tags: ['Works'],
  summary: 'Search works with a JSON body',
  description:
    'The search of `GET /v1/works`, with the conditions as a JSON object: `tags.<kind>.all/any/exclude` for `<kind>`, `<kind>_any` and `<kind>_not`, `eraRange.fandom/from/to` for `era_fandom`, `era_from` and `era_to`, `ranges.<field>.min/max` and `ranges.published.from/to` for the range parameters, camelCase names for the rest (`tagSource` for `tag_source`). Tag values are resolved through the tag vocabulary exactly as there. Unknown properties are errors. The `links` in the answer are the equivalent `GET` URLs, so a search made here can still be shared.',
  security: OPTIONAL_BEARER_AUTH,
  request: {
    body: { required: true, content: { 'application/json': { schema: SearchRequest } } },
  },
  responses: {
    200: {
      description: 'A page of matching works.',
      content: { 'application/json': { schema: SearchResult } },
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
    const result = await engine.search(resolveSearch(vocabulary, criteria, c.get('scope'), BODY_LOCATIONS))
    return c.json(presentSearchResult(result, criteria), 200)
  })
}
