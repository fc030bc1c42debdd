/**
 * Which `works` column each query field reads, and the ORDER BY of each sort.
 * @module
 */
import { type SearchQuery, SORT_KEY, type SortField, sortOrder } from '../../model/query.js'
import { RANGE_FIELDS, RANGE_FILTERS, type RangeField } from '../../model/range-filters.js'

export const RANGE_COLUMN = Object.fromEntries(
  RANGE_FIELDS.map((field) => [field, RANGE_FILTERS[field].column]),
) as Record<RangeField, string>

const SORT_COLUMN = {
  relevance: 'updated_at',
  ...(Object.fromEntries(
    Object.entries(SORT_KEY).map(([sort, key]) => [sort, key === 'title' ? 'title_key' : RANGE_COLUMN[key]]),
  ) as Record<keyof typeof SORT_KEY, string>),
} satisfies Record<SortField, string>

/**
 * The ORDER BY over `works AS w` joined with the matches `m`, ending in the id tiebreak so every order is
 * total. Relevance orders by BM25 score (lower is better) when the query has text, else by update time.
 */
export function orderBy(sort: SearchQuery['sort'], scored: boolean): string {
  const order = sortOrder(sort)
  if (sort.field === 'relevance' && scored) return `m.score ${order === 'desc' ? 'ASC' : 'DESC'}, w.id ASC`
  return `w.${SORT_COLUMN[sort.field]} ${order === 'desc' ? 'DESC' : 'ASC'}, w.id ASC`
}

/** The column a sort orders by. */
export const sortColumn = (field: SortField): string => SORT_COLUMN[field]
