/**
 * The parts of a search an engine without them must do in JavaScript over its candidate hits: tag, range
 * and scope filters, the cursor (search-after), sorting by a field, facet counting and paging. MiniSearch needs all of it; it is
 * written once here, with the embedded engine's semantics (exclusion keeps works lacking the kind).
 * @module
 */
import {
  type FacetField,
  type FacetValue,
  isTagKind,
  normalizeFacet,
  pageCount,
  RANGE_FILTERS,
  type RangeField,
  type Scope,
  type SearchQuery,
  type SearchResult,
  scopeSees,
  sortOrder,
  sortsAfter,
  sortValue,
  type TagKind,
  VISIBLE_IN_SCOPE,
  type Work,
  type WorkSummary,
} from '@ficdex/core'
import { type FlatDocument, ownTags } from './flat-document.js'

/** A work's value for a range: null for an unknown date, which no range matches. */
export function rangeValue(work: WorkSummary, field: RangeField): number | null {
  return RANGE_FILTERS[field].value(work)
}

export function isVisible(work: WorkSummary, scope: Scope): boolean {
  return scopeSees(scope, work.visibility)
}

/** A predicate over stored documents equivalent to the query's conditions (everything but the text). */
export function compileFilter(
  query: SearchQuery,
): (doc: Pick<FlatDocument, 'filters' | 'authorKeys' | 'work'>) => boolean {
  const visible = new Set<string>(VISIBLE_IN_SCOPE[query.scope])
  const tagTests = (Object.entries(query.tags) as [TagKind, SearchQuery['tags'][TagKind] & {}][]).map(
    ([kind, filter]) => {
      const all = filter.all.map(normalizeFacet)
      const any = filter.any.map(normalizeFacet)
      const exclude = filter.exclude.map(normalizeFacet)
      return (filters: Record<TagKind, string[]>) => {
        const values = filters[kind]
        return (
          all.every((v) => values.includes(v)) &&
          (any.length === 0 || any.some((v) => values.includes(v))) &&
          !exclude.some((v) => values.includes(v))
        )
      }
    },
  )
  const authors = query.authors.map(normalizeFacet)
  const languages = query.languages.map(normalizeFacet)
  const ranges = Object.entries(query.ranges) as [RangeField, { min?: number; max?: number }][]
  return (doc) => {
    const work = doc.work
    if (!visible.has(work.visibility)) return false
    if (query.after && !sortsAfter(work, query.sort, query.after)) return false
    if (query.complete !== undefined && work.complete !== query.complete) return false
    if (languages.length > 0 && !languages.includes(normalizeFacet(work.language))) return false
    if (authors.length > 0 && !authors.some((a) => doc.authorKeys.includes(a))) return false
    for (const [field, { min, max }] of ranges) {
      const value = rangeValue(work, field)
      if (value === null && (min !== undefined || max !== undefined)) return false
      if (value !== null && ((min !== undefined && value < min) || (max !== undefined && value > max)))
        return false
    }
    return tagTests.every((test) => test(doc.filters))
  }
}

/**
 * Sorts works in place by the query's sort field; relevance leaves the engine's order. Unknown dates
 * last in both directions; ties by id.
 */
export function sortWorks<T extends { work: WorkSummary }>(items: T[], query: SearchQuery): T[] {
  if (query.sort.field === 'relevance') return items
  const sign = sortOrder(query.sort) === 'asc' ? 1 : -1
  return items.sort((a, b) => {
    const x = sortValue(a.work, query.sort)
    const y = sortValue(b.work, query.sort)
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1
    } else {
      const byField = x < y ? -1 : x > y ? 1 : 0
      if (byField !== 0) return byField * sign
    }
    return a.work.id < b.work.id ? -1 : 1
  })
}

/**
 * Own values of one facet (tags of a kind, or the language) over the matching works with their counts, grouped by normalized value (the
 * first spelling seen is shown), in no order.
 */
export function countValues(works: Iterable<WorkSummary>, field: FacetField): FacetValue[] {
  const groups = new Map<string, FacetValue>()
  for (const work of works) {
    const seen = new Set<string>()
    for (const tag of ownValues(work, field)) {
      const key = normalizeFacet(tag)
      if (seen.has(key)) continue
      seen.add(key)
      const group = groups.get(key)
      if (group) group.count++
      else groups.set(key, { value: tag, count: 1 })
    }
  }
  return [...groups.values()]
}

/** A work's values of a facet: its tags of a kind, or its language as the engines show it (normalized). */
const ownValues = (work: WorkSummary, field: FacetField): string[] =>
  isTagKind(field) ? ownTags(work, field) : [normalizeFacet(work.language)]

/** Min and max of each requested field over the matching works that have a value; else null. */
export function computeStats(works: readonly WorkSummary[], query: SearchQuery): SearchResult['stats'] {
  const stats: SearchResult['stats'] = {}
  for (const field of query.stats) {
    let min = Number.POSITIVE_INFINITY
    let max = Number.NEGATIVE_INFINITY
    for (const work of works) {
      const value = rangeValue(work, field)
      if (value === null) continue
      if (value < min) min = value
      if (value > max) max = value
    }
    stats[field] = min === Number.POSITIVE_INFINITY ? null : { min, max }
  }
  return stats
}

/** The last version of each work in a batch: upserting a batch behaves like upserting its works in turn. */
export function lastVersions(works: readonly Work[]): Work[] {
  return [...new Map(works.map((work) => [work.id, work])).values()]
}

/** The page of `items` the query asks for, and the page count. */
export function pageOf<T>(items: readonly T[], query: SearchQuery): { page: T[]; totalPages: number } {
  const start = (query.page - 1) * query.perPage
  return {
    page: items.slice(start, start + query.perPage),
    totalPages: pageCount(items.length, query.perPage),
  }
}
