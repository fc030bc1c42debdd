/**
 * `GET /v1/works/facets/{kind}`: a search among one facet's values over the current results, for the
 * search box a long facet list needs (“find a relationship”), with the counts the facet would show.
 * @module
 */
import { type SearchEngine, searchTags, TAG_KINDS, type Vocabulary } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { FACET_VALUE_SEARCH_EXAMPLE } from './examples.js'
import { Facet, presentFacet } from './present-facet.js'
import { resolveSearch } from './resolve-search.js'
import { FACET_SEARCH_FIELDS, FACET_SEARCH_GROUPS } from './search-fields.js'
import { checkSearch, describeGroups, shapeOf } from './search-query.js'

const DEFAULT_LIMIT = 10
/** Canonical tags whose synonyms the typed text may name, looked up in the vocabulary. */
const SYNONYM_LOOKUPS = 20

/** The query string: the filters of `GET /v1/works`, plus what to look for. */
export const FacetSearchParams = z
  .strictObject(shapeOf(FACET_SEARCH_FIELDS, 'query'))
  .superRefine(checkSearch)

const KindParam = z.enum(TAG_KINDS).openapi({
  param: { name: 'kind', in: 'path' },
  description: 'The facet: a tag kind.',
  example: 'relationship',
})

export const FacetValueSearch = Facet.extend({
  kind: z.enum(TAG_KINDS),
  facetQuery: z.string().openapi({ description: 'The text looked for, as given.', example: 'addi' }),
}).openapi('FacetValueSearch', {
  description:
    'The values of one facet that match the text, among the works the search finds: matches without typos first, then those with typos, each by count.',
})
export type FacetValueSearch = z.infer<typeof FacetValueSearch>

export const searchFacetValuesRoute = createRoute({
  method: 'get',
  path: '/works/facets/{kind}',
  operationId: 'searchFacetValues',
  tags: ['Works'],
  summary: 'Search a facet’s values',
  description: [
    'The values of one tag kind among the works a search finds, matching typed text, with their counts: what a search box over a long facet list needs. It takes the filters of `GET /v1/works` with the same names, so a page passes its current search as it is, plus `facet_query`. The counts are the facet’s own: a kind filtered with `<kind>_any` is counted as if that filter were absent, as in the search’s facets.',
    '',
    describeGroups(FACET_SEARCH_GROUPS),
    '',
    'Paging, sorting, `facets`, `stats` and `highlight` do not apply and are errors here, as is any other parameter this list does not name. Without an API key only public works count; a member key also counts restricted works.',
  ].join('\n'),
  security: OPTIONAL_BEARER_AUTH,
  request: { params: z.object({ kind: KindParam }), query: FacetSearchParams },
  responses: {
    200: {
      description: 'The matching values, best first.',
      content: { 'application/json': { schema: FacetValueSearch, example: FACET_VALUE_SEARCH_EXAMPLE } },
    },
    ...errorResponses(),
  },
})

export function registerSearchFacetValues(
  router: AppRouter,
  engine: SearchEngine,
  vocabulary: Vocabulary,
): void {
  router.openapi(searchFacetValuesRoute, async (c) => {
    const { kind } = c.req.valid('param')
    const { facet_query: text = '', facet_limit: limit = DEFAULT_LIMIT, ...criteria } = c.req.valid('query')
    const { query } = resolveSearch(vocabulary, criteria, c.get('scope'), 'query')
    const synonyms =
      text === ''
        ? []
        : searchTags(vocabulary, text, { kind, limit: SYNONYM_LOOKUPS })
            .filter((hit) => hit.matched !== hit.name)
            .map((hit) => hit.name)
    const found = await engine.searchFacet(query, { kind, text, limit, alsoMatching: synonyms })
    return c.json({ kind, facetQuery: text, ...presentFacet(found, kind, query) }, 200)
  })
}
