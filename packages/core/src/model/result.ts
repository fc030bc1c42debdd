/**
 * What a search returns, engine-neutral.
 * @module
 */
import type { FacetField, RangeField } from './query.js'
import type { FreeTagKind } from './tag-kind.js'
import type { WorkSummary } from './work.js'

export interface FacetValue {
  value: string
  count: number
}

/** The top values of one tag kind, and whether the kind has more values than were returned. */
export interface Facet {
  values: FacetValue[]
  /** True when more distinct values than `values` holds were counted (a "show more" is worth offering). */
  more: boolean
}

/**
 * HTML fragments: the stored text escaped, every word that matches the query text wrapped in `<mark>`
 * (see `engine/text/highlight.ts` for what matches).
 */
export interface Highlights {
  title?: string
  summary?: string
  /** Per searchable tag kind with at least one match: all the work's tags of that kind, in order. */
  tags?: Partial<Record<FreeTagKind, string[]>>
  /** A cropped excerpt of the text around the best match, present only when the text matched. */
  text?: string
}

export interface SearchHit {
  work: WorkSummary
  highlights?: Highlights
}

export interface SearchResult {
  hits: SearchHit[]
  /** Exact number of matching works, visible to the caller. */
  total: number
  page: number
  perPage: number
  /** See {@link pageCount}: at least 1, so a search with no matches is one empty page. */
  totalPages: number
  /**
   * Per requested kind: values sorted by count (desc) then normalized value, counted over all matches;
   * disjunctively for a kind filtered with any-of values (see `SearchQuery.facets`).
   */
  facets: Partial<Record<FacetField, Facet>>
  /** Per requested field: min and max over all matches, or null when nothing matches. */
  stats: Partial<Record<RangeField, { min: number; max: number } | null>>
  /**
   * When the text found fewer than a few works: the query with each word the index does not hold
   * replaced by the closest word it does ("shepard" → "shepherd"), if any is close enough.
   */
  didYouMean?: string
}

/**
 * The number of pages of `total` matches: never 0, so that page 1 always exists and `page <= totalPages`
 * holds for every page that has hits. A search with no matches is one empty page.
 */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** What a facet value search (`SearchEngine.searchFacet`) returns. */
export interface FacetSearchResult {
  /** Matching values, best match first (see `engine/facet-values.ts`), with their counts. */
  values: FacetValue[]
  /** True when more values matched than `values` holds. */
  more: boolean
}
