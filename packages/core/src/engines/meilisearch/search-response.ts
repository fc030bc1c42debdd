/**
 * Turns a search response into the engine-neutral result: hits as work summaries with highlights,
 * facets re-sorted and cut, stats from `facetStats`.
 * @module
 */
import type { FacetStats, Hit } from 'meilisearch'
import { normalizeFacet } from '../../engine/normalize.js'
import type { SearchQuery } from '../../model/query.js'
import type { FacetValue, Highlights, SearchHit, SearchResult } from '../../model/result.js'
import type { WorkSummary } from '../../model/work.js'
import { type MeilisearchSummaryDocument, toWorkSummary } from './document.js'
import { FACET_FIELD, RANGE_ATTRIBUTE } from './fields.js'
import { MATCH_START, markedToHtml } from './highlight-html.js'
import type { HIGHLIGHTED_ATTRIBUTES } from './search-request.js'

/** The parts of a finite-pagination response the result is built from. */
export interface SearchResponseParts {
  hits: Hit<MeilisearchSummaryDocument>[]
  totalHits: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: FacetStats
}

/** Orders strings by Unicode code point (UTF-16 comparison misplaces astral characters). */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  for (;;) {
    const x = left.next()
    const y = right.next()
    if (x.done || y.done) return x.done === y.done ? 0 : x.done ? -1 : 1
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!
    if (difference !== 0) return difference
  }
}

/**
 * Count descending, then normalized value ascending by code point, as the contract fixes it for every
 * engine; the spelling itself breaks what is left.
 */
export function compareFacetValues(a: FacetValue, b: FacetValue): number {
  return (
    b.count - a.count ||
    compareCodePoints(normalizeFacet(a.value), normalizeFacet(b.value)) ||
    compareCodePoints(a.value, b.value)
  )
}

/**
 * The top values of one facet. The order is rebuilt here rather than trusted: JavaScript objects
 * list integer-like keys ("1917", "10") first and ascending, whatever order the server sent.
 */
export function topFacetValues(
  distribution: Record<string, number> | undefined,
  limit: number,
): FacetValue[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort(compareFacetValues)
    .slice(0, limit)
}

/**
 * A hit's highlights, as HTML: title and summary always (marked where they matched), and an excerpt of
 * the text only when the text matched.
 */
export function hitHighlights(
  work: Pick<WorkSummary, 'title' | 'summary'>,
  formatted: Partial<Record<(typeof HIGHLIGHTED_ATTRIBUTES)[number], unknown>> | undefined,
): Highlights {
  const marked = (field: (typeof HIGHLIGHTED_ATTRIBUTES)[number]) => {
    const value = formatted?.[field]
    return typeof value === 'string' ? value : undefined
  }
  const highlights: Highlights = {
    title: markedToHtml(marked('title') ?? work.title),
    summary: markedToHtml(marked('summary') ?? work.summary),
  }
  const text = marked('text')
  if (text?.includes(MATCH_START)) highlights.text = markedToHtml(text)
  return highlights
}

export function toSearchResult(query: SearchQuery, response: SearchResponseParts): SearchResult {
  const total = response.totalHits
  const hits = response.hits.map((hit): SearchHit => {
    // The summary takes its fields by name, so `_formatted` and the other extras stay behind.
    const work = toWorkSummary(hit)
    return query.highlight ? { work, highlights: hitHighlights(work, hit._formatted) } : { work }
  })
  const facets: SearchResult['facets'] = {}
  for (const kind of query.facets.kinds) {
    facets[kind] = topFacetValues(response.facetDistribution?.[FACET_FIELD[kind]], query.facets.limit)
  }
  const stats: SearchResult['stats'] = {}
  for (const field of query.stats) {
    const stat = response.facetStats?.[RANGE_ATTRIBUTE[field]]
    stats[field] = total > 0 && stat ? { min: stat.min, max: stat.max } : null
  }
  return {
    hits,
    total,
    page: query.page,
    perPage: query.perPage,
    totalPages: Math.ceil(total / query.perPage),
    facets,
    stats,
  }
}

/** The result of a search over no works, e.g. before the index exists. */
export function emptySearchResult(query: SearchQuery): SearchResult {
  return toSearchResult(query, { hits: [], totalHits: 0 })
}
