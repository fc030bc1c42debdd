/**
 * Search-after, the same for every engine: a page starts after the last work of the previous one,
 * compared on the sort key and then the id (the tie-break every engine orders by, ascending). A work
 * deleted or added between two pages then neither repeats a work nor skips one, and a deep page costs
 * what the first does.
 *
 * A work whose sort key is unknown (a date the source did not give: null) sorts after every work with
 * one, in both directions, and among the unknown ones by id. So after a known key the next page is the
 * works beyond it, those equal to it with a greater id, and every unknown one; after an unknown key, the
 * unknown ones with a greater id.
 * @module
 */

import { normalizeFacet } from '../model/normalize-facet.js'
import { type SearchAfter, type SearchQuery, sortKey, sortOrder } from '../model/query.js'
import { isNullableRange, RANGE_FILTERS, type RangeField } from '../model/range-filters.js'
import { SORT_VALUES, type SortValueKey } from '../model/sort-values.js'
import type { WorkSummary } from '../model/work.js'

/** Whether a query's order has stable keys to continue after: every sort but relevance of text. */
export function canSearchAfter(query: Pick<SearchQuery, 'sort' | 'text'>): boolean {
  return !(query.sort.field === 'relevance' && query.text !== '')
}

/**
 * The sort value of a work, as the engines compare it (relevance without text orders by update); null
 * for an unknown date.
 */
export function sortValue(
  work: WorkSummary,
  sort: Pick<SearchQuery['sort'], 'field' | 'seed'>,
): number | string | null {
  const key = sortKey(sort)
  if (key === 'title') return normalizeFacet(work.title)
  if (key in RANGE_FILTERS) return RANGE_FILTERS[key as RangeField].value(work)
  return SORT_VALUES[key as SortValueKey].value(work)
}

/** Whether a sort's key may be unknown (null): the dates, and relevance without text (update time). */
export function sortKeyMayBeUnknown(sort: Pick<SearchQuery['sort'], 'field' | 'seed'>): boolean {
  const key = sortKey(sort)
  return key in RANGE_FILTERS && isNullableRange(key as RangeField)
}

/** Where the next page starts: after the last work of this one. */
export function searchAfter(work: WorkSummary, sort: SearchQuery['sort']): SearchAfter {
  return { value: sortValue(work, sort), id: work.id }
}

/** Whether a work comes after the cursor `after` in the sort's order (for engines that filter in JavaScript). */
export function sortsAfter(work: WorkSummary, sort: SearchQuery['sort'], after: SearchAfter): boolean {
  const value = sortValue(work, sort)
  if (after.value === null) return value === null && work.id > after.id
  if (value === null) return true
  if (value === after.value) return work.id > after.id
  return afterOperator(sort) === '<' ? value < after.value : value > after.value
}

/** `<` or `>`: how a key that sorts after the cursor's compares to it. */
export function afterOperator(sort: SearchQuery['sort']): '<' | '>' {
  return sortOrder(sort) === 'desc' ? '<' : '>'
}
