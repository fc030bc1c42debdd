/**
 * The reference ordering of works for a sort, used as the oracle in the sort cases: the sort key in the
 * requested direction, then id ascending (in both directions). Relevance without text orders by update
 * time; title compares normalized (case-insensitive) titles.
 * @module
 */

import type { SortField } from '../../model/query.js'
import type { Work } from '../../model/work.js'
import { sortValue } from '../search-after.js'

const compare = (a: number | string, b: number | string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Ids of `works` in the order a text-less search sorted by `field` and `order` must return them. */
export function expectedOrder(works: readonly Work[], field: SortField, order: 'asc' | 'desc'): string[] {
  const sign = order === 'asc' ? 1 : -1
  return [...works]
    .sort((a, b) => sign * compare(sortValue(a, field), sortValue(b, field)) || compare(a.id, b.id))
    .map((w) => w.id)
}
