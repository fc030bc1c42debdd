/**
 * `GET /v1/works`: faceted search with every condition in the query string, so searches are links.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import { createRoute } from '@hono/zod-openapi'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { QUERY_LOCATIONS, resolveSearch } from './resolve-search.js'
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
    "- Tags, for each kind (`rating`, `warning`, `category`, `fandom`, `relationship`, `character`, `era`, `freeform`): `<kind>` requires every listed tag, `<kind>_any` at least one, `<kind>_not` none. Repeat a parameter for several tags (`fandom=A&fandom=B`). Each value is resolved through the tag vocabulary before searching, as AO3 does: case does not matter, a synonym finds its canonical tag (`relationship=Addek` finds works tagged “Addison Montgomery/Derek Shepherd”), and a meta tag finds its sub-tags (`fandom=Grey's Anatomy Universe` also finds Private Practice). Values the vocabulary does not know match tags as written.",
    '- Era range: `era_fandom`, `era_from` and `era_to` together find works set in at least one era of the fandom from one era to the other, inclusive, in story order (`era_fandom=GA&era_from=Season 2&era_to=Season 4`). Names and synonyms both work; an unknown fandom or era is a `validation_failed` error naming the parameter. A range combines with `era` (required eras) and `era_not`; with `era_any` only when one contains the other.',
    '- `tag_source=author` matches fandom, relationship, character, era and freeform filters against the tags authors wrote (and their meta tags) only, leaving out tags inferred from the text; `any`, the default, matches both.',
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

export function registerSearchWorks(router: AppRouter, engine: SearchEngine, vocabulary: Vocabulary): void {
  router.openapi(searchWorksRoute, async (c) => {
    const criteria = criteriaFromParams(c.req.valid('query'))
    const result = await engine.search(resolveSearch(vocabulary, criteria, c.get('scope'), QUERY_LOCATIONS))
    return c.json(presentSearchResult(result, criteria), 200)
  })
}
