/**
 * Which `works` column each query field reads, and the ORDER BY of each sort.
 * @module
 */
import { type SearchQuery, type SortKey, sortKey, sortOrder } from '../../model/query.js'
import { RANGE_FIELDS, RANGE_FILTERS, type RangeField } from '../../model/range-filters.js'
import { SORT_VALUE_KEYS, SORT_VALUES, type SortValueKey } from '../../model/sort-values.js'

export const RANGE_COLUMN = Object.fromEntries(
  RANGE_FIELDS.map((field) => [field, RANGE_FILTERS[field].column]),
) as Record<RangeField, string>

export const SORT_VALUE_COLUMN = Object.fromEntries(
  SORT_VALUE_KEYS.map((key) => [key, SORT_VALUES[key].column]),
) as Record<SortValueKey, string>

export const KEY_COLUMN: Record<SortKey, string> = {
  title: 'title_key',
  ...RANGE_COLUMN,
  ...SORT_VALUE_COLUMN,
}

/**
 * The sorts `works` keeps an index for, in descending order with the id tiebreak, by index name: the
 * orders an archive is browsed in (newest first, the default without text, and most kudos). A page of
 * many matches in one of them is read by walking the index (see `searcher.ts`).
 */
export const SORT_INDEXES: Partial<Record<SortKey, string>> = {
  updatedAt: 'works_by_updated',
  kudos: 'works_by_kudos',
}

/** The `CREATE INDEX` statement of each of `SORT_INDEXES`. */
export const SORT_INDEX_DDL = Object.entries(SORT_INDEXES)
  .map(([key, name]) => `CREATE INDEX ${name} ON works (${KEY_COLUMN[key as SortKey]} DESC, id);`)
  .join('\n')

/**
 * The ORDER BY over `works AS w` joined with the matches `m`, ending in the id tiebreak so every order is
 * total. Relevance orders by BM25 score (lower is better) when the query has text, else by update time.
 * An unknown date (NULL) sorts last in both directions (see `engine/search-after.ts`).
 */
export function orderBy(sort: SearchQuery['sort'], scored: boolean): string {
  const order = sortOrder(sort)
  if (sort.field === 'relevance' && scored) return `m.score ${order === 'desc' ? 'ASC' : 'DESC'}, w.id ASC`
  return `w.${sortColumn(sort)} ${order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, w.id ASC`
}

/** The column a sort orders by. */
export const sortColumn = (sort: SearchQuery['sort']): string => KEY_COLUMN[sortKey(sort)]
