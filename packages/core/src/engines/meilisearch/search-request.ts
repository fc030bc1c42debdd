/**
 * The search request for a query: filter, sort, facets, finite pagination and highlighting.
 * @module
 */
import type { SearchParams } from 'meilisearch'
import { type SearchQuery, sortOrder } from '../../model/query.js'
import {
  FACET_FIELD,
  RANGE_ATTRIBUTE,
  SORT_ATTRIBUTE,
  SUMMARY_ATTRIBUTES,
  TEXT_ATTRIBUTE,
  TIEBREAK_ATTRIBUTE,
} from './fields.js'
import { compileFilter } from './filter-compiler.js'
import { MATCH_END, MATCH_START } from './highlight-html.js'

/** Words of text kept around the best match, enough for a line of context. */
export const TEXT_EXCERPT_WORDS = 30
/** The fields a hit's highlights are taken from. */
export const HIGHLIGHTED_ATTRIBUTES = ['title', 'summary', TEXT_ATTRIBUTE] as const

/**
 * Sort keys for a query, the id always last. `relevance` leaves the order to the ranking rules
 * (which end with the id) unless there is no text to rank by: then, as the embedded engine does, it
 * orders by update time (most recent first unless the caller asks otherwise).
 */
export function sortRules(query: Pick<SearchQuery, 'sort' | 'text'>): string[] {
  const tiebreak = `${TIEBREAK_ATTRIBUTE}:asc`
  if (query.sort.field === 'relevance') {
    return query.text === '' ? [`${SORT_ATTRIBUTE.updated}:${sortOrder(query.sort)}`, tiebreak] : []
  }
  return [`${SORT_ATTRIBUTE[query.sort.field]}:${sortOrder(query.sort)}`, tiebreak]
}

/**
 * The facets to ask for: the requested kinds' display attributes, and the stats fields, because the
 * server computes `facetStats` only for numeric attributes listed as facets.
 */
export function facetAttributes(query: Pick<SearchQuery, 'facets' | 'stats'>): string[] {
  return [
    ...new Set([
      ...query.facets.kinds.map((kind) => FACET_FIELD[kind]),
      ...query.stats.map((field) => RANGE_ATTRIBUTE[field]),
    ]),
  ]
}

export type SearchRequest = SearchParams & { q: string; page: number; hitsPerPage: number }

export function buildSearchRequest(query: SearchQuery): SearchRequest {
  const request: SearchRequest = {
    q: query.text,
    filter: compileFilter(query),
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
  if (query.highlight && query.text !== '') {
    request.attributesToHighlight = [...HIGHLIGHTED_ATTRIBUTES]
    request.attributesToCrop = [`${TEXT_ATTRIBUTE}:${TEXT_EXCERPT_WORDS}`]
    request.highlightPreTag = MATCH_START
    request.highlightPostTag = MATCH_END
  }
  return request
}
