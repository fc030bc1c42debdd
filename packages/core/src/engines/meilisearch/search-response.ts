/**
 * Turns the responses of a search into the engine-neutral result: hits as work summaries with highlights
 * (marked by the shared highlighter in the text the server cropped), facets re-sorted and cut, each
 * disjunctive kind from its own response, stats from `facetStats`.
 * @module
 */
import type { FacetStats, Hit } from 'meilisearch'
import { topFacet } from '../../engine/facet-order.js'
import { highlightWork, QueryMarker } from '../../engine/text/highlight.js'
import { normalizeFacet } from '../../model/normalize-facet.js'
import { disjunctiveKinds, type SearchQuery } from '../../model/query.js'
import {
  type Facet,
  type FacetValue,
  pageCount,
  type SearchHit,
  type SearchResult,
} from '../../model/result.js'
import { type MeilisearchSummaryDocument, toWorkSummary } from './document.js'
import { FACET_FIELD, RANGE_ATTRIBUTE, TEXT_ATTRIBUTE } from './fields.js'

/** The parts of a finite-pagination response the result is built from. */
export interface SearchResponseParts {
  hits: Hit<MeilisearchSummaryDocument>[]
  totalHits: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: FacetStats
}

/**
 * The values of one facet as counted by the server. The order is rebuilt from counts rather than
 * trusted: JavaScript objects list integer-like keys ("1917", "10") first and ascending, whatever order
 * the server sent.
 */
export function facetValues(distribution: Record<string, number> | undefined): FacetValue[] {
  return Object.entries(distribution ?? {}).map(([value, count]) => ({ value, count }))
}

/**
 * The top values of one facet and whether it has more. The server returns up to `maxValuesPerFacet`
 * values (more than `MAX_FACET_VALUES`, see `settings.ts`), so more than `limit` means more exist.
 */
export function facetOf(distribution: Record<string, number> | undefined, limit: number): Facet {
  return topFacet(facetValues(distribution), limit)
}

/** Counts by normalized value, as the embedded engine counts languages ("EN" and "en" are one). */
function foldCase(distribution: Record<string, number> | undefined): Record<string, number> {
  const folded: Record<string, number> = {}
  for (const [value, count] of Object.entries(distribution ?? {})) {
    const key = normalizeFacet(value)
    folded[key] = (folded[key] ?? 0) + count
  }
  return folded
}

/** The text excerpt the server cropped around its best match, if it sent one. */
function croppedText(hit: Hit<MeilisearchSummaryDocument>): string | undefined {
  const text = (hit._formatted as Record<string, unknown> | undefined)?.[TEXT_ATTRIBUTE]
  return typeof text === 'string' ? text : undefined
}

/**
 * The result of a search from the responses of its multi-search, in the order `buildSearchRequests`
 * sent the requests: the page of hits first, then one facet response per disjunctive kind.
 */
export function toSearchResult(
  query: SearchQuery,
  [main, ...disjunctive]: readonly [SearchResponseParts, ...SearchResponseParts[]],
): SearchResult {
  const total = main.totalHits
  const marker = query.highlight ? new QueryMarker(query.text) : undefined
  const hits = main.hits.map((hit): SearchHit => {
    // The summary takes its fields by name, so `_formatted` and the other extras stay behind.
    const work = toWorkSummary(hit)
    return marker ? { work, highlights: highlightWork(work, marker, croppedText(hit)) } : { work }
  })
  const disjunctiveKindList = disjunctiveKinds(query)
  const facets: SearchResult['facets'] = {}
  for (const kind of query.facets.kinds) {
    const own = disjunctiveKindList.indexOf(kind)
    const response = own === -1 ? main : disjunctive[own]
    const distribution = response?.facetDistribution?.[FACET_FIELD[kind]]
    facets[kind] = facetOf(kind === 'language' ? foldCase(distribution) : distribution, query.facets.limit)
  }
  const stats: SearchResult['stats'] = {}
  for (const field of query.stats) {
    const stat = main.facetStats?.[RANGE_ATTRIBUTE[field]]
    stats[field] = total > 0 && stat ? { min: stat.min, max: stat.max } : null
  }
  return {
    hits,
    total,
    page: query.page,
    perPage: query.perPage,
    totalPages: pageCount(total, query.perPage),
    facets,
    stats,
  }
}

/** The result of a search over no works, e.g. before the index exists. */
export function emptySearchResult(query: SearchQuery): SearchResult {
  return toSearchResult(query, [{ hits: [], totalHits: 0 }])
}
