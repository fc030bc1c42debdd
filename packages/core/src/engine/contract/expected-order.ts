/**
 * The reference ordering of works for a sort, used as the oracle in the sort cases: the sort key in the
 * requested direction, then id ascending (in both directions). Relevance without text orders by update
 * time; title compares normalized (case-insensitive) titles.
 * @module
 */

import type { SearchQuery } from '../../model/query.js'
import type { Work } from '../../model/work.js'
import { sortValue } from '../search-after.js'

const compare = (a: number | string, b: number | string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Ids of `works` in the order a text-less search with this sort (and `order`) must return them. */
export function expectedOrder(
  works: readonly Work[],
  sort: SearchQuery['sort']['field'] | Pick<SearchQuery['sort'], 'field' | 'seed'>,
  order: 'asc' | 'desc',
): string[] {
  const by = typeof sort === 'string' ? { field: sort } : sort
  const sign = order === 'asc' ? 1 : -1
  return [...works]
    .sort((a, b) => sign * compare(sortValue(a, by), sortValue(b, by)) || compare(a.id, b.id))
    .map((w) => w.id)
}
