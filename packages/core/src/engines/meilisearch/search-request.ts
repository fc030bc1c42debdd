/**
 * The search requests for a query: filter, sort, facets, finite pagination and the text to crop for
 * highlights; and a facet request per kind counted disjunctively.
 * @module
 */
import type { SearchParams } from 'meilisearch'
import { afterOperator, sortKeyMayBeUnknown } from '../../engine/search-after.js'
import { EXCERPT_WORDS } from '../../engine/text/highlight.js'
import {
  disjunctiveKinds,
  type FacetField,
  type SearchQuery,
  sortKey,
  sortOrder,
  withoutAnyOf,
} from '../../model/query.js'
import {
  FACET_FIELD,
  ID_ATTRIBUTE,
  RANGE_ATTRIBUTE,
  SORT_ATTRIBUTE,
  SUMMARY_ATTRIBUTES,
  TEXT_ATTRIBUTE,
  TIEBREAK_ATTRIBUTE,
} from './fields.js'
import { compileFilter } from './filter-compiler.js'
import { attribute, literal } from './filter-primitives.js'
import { meilisearchText } from './query-text.js'

/**
 * Sort keys for a query, the id always last. `relevance` leaves the order to the ranking rules
 * (which end with the id) unless there is no text to rank by: then, as the embedded engine does, it
 * orders by update time (most recent first unless the caller asks otherwise).
 */
export function sortRules(query: Pick<SearchQuery, 'sort' | 'text'>): string[] {
  const tiebreak = `${TIEBREAK_ATTRIBUTE}:asc`
  if (query.sort.field === 'relevance') {
    return query.text === '' ? [`${SORT_ATTRIBUTE.updatedAt}:${sortOrder(query.sort)}`, tiebreak] : []
  }
  return [`${SORT_ATTRIBUTE[sortKey(query.sort)]}:${sortOrder(query.sort)}`, tiebreak]
}

/**
 * The facets the main request asks for: the requested kinds' display attributes, except kinds counted
 * disjunctively (each has a request of its own), and the stats fields, because the server computes
 * `facetStats` only for numeric attributes listed as facets.
 */
export function facetAttributes(
  query: Pick<SearchQuery, 'facets' | 'stats' | 'tags' | 'languages'>,
): string[] {
  const disjunctive = disjunctiveKinds(query)
  return [
    ...new Set([
      ...query.facets.kinds.filter((kind) => !disjunctive.includes(kind)).map((kind) => FACET_FIELD[kind]),
      ...query.stats.map((field) => RANGE_ATTRIBUTE[field]),
    ]),
  ]
}

/**
 * The search-after condition of a cursor page (see `engine/search-after.ts`), when it has one. Works
 * with an unknown (null) key sort after every known one, so after a known key they all still come.
 */
export function afterFilter(query: Pick<SearchQuery, 'after' | 'sort'>): string[] {
  if (query.after === undefined) return []
  const key = attribute(SORT_ATTRIBUTE[sortKey(query.sort)])
  const id = `${attribute(ID_ATTRIBUTE)} > ${literal(query.after.id)}`
  if (query.after.value === null) return [`${key} IS NULL AND ${id}`]
  const value = literal(query.after.value)
  const unknown = sortKeyMayBeUnknown(query.sort) ? ` OR ${key} IS NULL` : ''
  return [`${key} ${afterOperator(query.sort)} ${value} OR (${key} = ${value} AND ${id})${unknown}`]
}

export type SearchRequest = SearchParams & { q: string; page: number; hitsPerPage: number }

/** The request for one page of hits, with the facets and stats the query asks for. */
export function buildSearchRequest(query: SearchQuery): SearchRequest {
  const request: SearchRequest = {
    ...meilisearchText(query.text),
    filter: [...compileFilter(query), ...afterFilter(query)],
    // `page`/`hitsPerPage` switch the server to finite pagination, whose `totalHits` is exact.
    page: query.page,
    hitsPerPage: query.perPage,
    attributesToRetrieve: [...SUMMARY_ATTRIBUTES],
    // Every query word must match (the last as a prefix), so hit sets and counts equal the
    // embedded engine's; the default `last` would quietly widen them by dropping words.
    matchingStrategy: 'all',
  }
  const sort = sortRules(query)
  if (sort.length > 0) request.sort = sort
  const facets = facetAttributes(query)
  if (facets.length > 0) request.facets = facets
  // The words are marked by the shared highlighter; the server only crops the text around its best match.
  if (query.highlight && query.text !== '') {
    request.attributesToCrop = [TEXT_ATTRIBUTE]
    request.cropLength = EXCERPT_WORDS
  }
  return request
}

/**
 * A request for one kind's value counts and no hits, over the works the query finds without that
 * kind's any-of values: a disjunctive facet, and the values a facet value search looks among.
 */
export function buildFacetRequest(query: SearchQuery, kind: FacetField): SearchRequest {
  return {
    ...meilisearchText(query.text),
    filter: compileFilter(withoutAnyOf(query, kind)),
    page: 1,
    hitsPerPage: 0,
    matchingStrategy: 'all',
    facets: [FACET_FIELD[kind]],
  }
}

/**
 * Every request a search needs, sent together as one multi-search: the page of hits first, then one
 * facet request per disjunctive kind, in the order of `disjunctiveKinds`.
 */
export function buildSearchRequests(query: SearchQuery): SearchRequest[] {
  return [buildSearchRequest(query), ...disjunctiveKinds(query).map((kind) => buildFacetRequest(query, kind))]
}
