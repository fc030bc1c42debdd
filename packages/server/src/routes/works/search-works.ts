/**
 * `GET /v1/works`: faceted search with every condition in the query string, so searches are links.
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import { createRoute } from '@hono/zod-openapi'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { toSearchQuery } from './search-criteria.js'
import { criteriaFromParams, SearchParams } from './search-params.js'
import { presentSearchResult, SearchResult } from './search-result.js'

export const searchWorksRoute = createRoute({
  method: 'get',
  path: '/works',
  operationId: 'searchWorks',
  tags: ['Works'],
  summary: 'Search works',
  description: [
    'Full-text and faceted search over the works you may see, with every condition in the query string so that a search is a shareable URL. `POST /v1/works/search` takes the same search as a JSON body.',
    '',
    '- Text: `q`.',
    '- Tags, for each kind (`rating`, `warning`, `category`, `fandom`, `relationship`, `character`, `era`, `freeform`): `<kind>` requires every listed tag, `<kind>_any` at least one, `<kind>_not` none. Repeat a parameter for several tags (`fandom=A&fandom=B`). Matching ignores case and follows synonyms and sub-tags, as AO3 does.',
    '- `author` (any of), `lang` (any of), `complete` (`true`/`false`).',
    '- Ranges, inclusive: `words_min`/`words_max`, and likewise for `kudos`, `hits`, `comments`, `bookmarks`, `chapters`; dates `published_from`/`published_to` and `updated_from`/`updated_to` as YYYY-MM-DD in UTC, where `_to` includes the whole day.',
    '- `sort` (`relevance`, `updated`, `published`, `words`, `kudos`, `hits`, `comments`, `bookmarks`, `title`) and `order` (`asc`/`desc`).',
    '- `page` (from 1) and `per_page` (at most 100).',
    '- `facets`: tag kinds to count over all matches, comma-separated or repeated, with `facet_limit` values each; `stats`: fields to get the minimum and maximum of; `highlight=true` for marked excerpts.',
    '',
    'Unknown parameters are ignored. Without an API key only public works are searched; a member key also finds restricted works, in hits and in every count.',
  ].join('\n'),
  security: OPTIONAL_BEARER_AUTH,
  request: { query: SearchParams },
  responses: {
    200: {
      description: 'A page of matching works.',
      content: { 'application/json': { schema: SearchResult } },
    },
    ...errorResponses(),
  },
})

export function registerSearchWorks(router: AppRouter, engine: SearchEngine): void {
  router.openapi(searchWorksRoute, async (c) => {
    const criteria = criteriaFromParams(c.req.valid('query'))
    const result = await engine.search(toSearchQuery(criteria, c.get('scope')))
    return c.json(presentSearchResult(result, criteria), 200)
  })
}
