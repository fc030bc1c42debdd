/**
 * What a search returns, engine-neutral.
 * @module
 */
import type { RangeField } from './query.js'
import type { TagKind } from './tag-kind.js'
import type { WorkSummary } from './work.js'

export interface FacetValue {
  value: string
  count: number
}

export interface Highlights {
  title?: string
  summary?: string
  /** A short excerpt of the text around the best match. */
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
  totalPages: number
  /** Per requested kind: values sorted by count (desc) then value, counted over all matches. */
  facets: Partial<Record<TagKind, FacetValue[]>>
  /** Per requested field: min and max over all matches, or null when nothing matches. */
  stats: Partial<Record<RangeField, { min: number; max: number } | null>>
}
