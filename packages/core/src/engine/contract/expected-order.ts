/**
 * The reference ordering of works for a sort, used as the oracle in the sort cases: the sort key in the
 * requested direction, then id ascending (in both directions). Relevance without text orders by update
 * time; title compares normalized (case-insensitive) titles. An unknown date sorts last in both directions.
 * @module
 */

import { ascending } from '../../model/lower-bound.js'
import type { SearchQuery } from '../../model/query.js'
import type { Work } from '../../model/work.js'
import { sortValue } from '../search-after.js'

/** Known values in the direction `sign` gives, every unknown one after them. */
function compareKeys(a: number | string | null, b: number | string | null, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return sign * ascending(a, b)
}

/** Ids of `works` in the order a text-less search with this sort (and `order`) must return them. */
export function expectedOrder(
  works: readonly Work[],
  sort: SearchQuery['sort']['field'] | Pick<SearchQuery['sort'], 'field' | 'seed'>,
  order: 'asc' | 'desc',
): string[] {
  const by = typeof sort === 'string' ? { field: sort } : sort
  const sign = order === 'asc' ? 1 : -1
  return [...works]
    .sort((a, b) => compareKeys(sortValue(a, by), sortValue(b, by), sign) || ascending(a.id, b.id))
    .map((w) => w.id)
}
