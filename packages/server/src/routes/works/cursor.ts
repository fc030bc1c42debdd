/**
 * The opaque `cursor` of cursor paging: the search-after point of the next page (the last hit's sort
 * value, null for an unknown date, and id) with the sort it belongs to, as base64url JSON. `*` starts
 * paging.
 * @module
 */
import { type SearchAfter, type SearchQuery, sortOrder } from '@ficdex/core'

/** The sort a cursor belongs to, as its parameters name it: `kudos`, or `random&seed=3` for a shuffle. */
const sortName = (sort: Sort): string =>
  sort.field === 'random' ? `random&seed=${sort.seed ?? 0}` : sort.field

/** The `cursor` value that starts cursor paging at the first work. */
export const FIRST_CURSOR = '*'

type Sort = SearchQuery['sort']

/** The cursor of the page after `after`, for a sort. */
export function encodeCursor(sort: Sort, after: SearchAfter): string {
  return Buffer.from(JSON.stringify([sortName(sort), sortOrder(sort), after.value, after.id])).toString(
    'base64url',
  )
}

/**
 * The search-after point a cursor holds, or a message saying why it cannot be used with this sort.
 * `*` holds none: the first page.
 */
export function decodeCursor(cursor: string, sort: Sort): { after?: SearchAfter } | { error: string } {
  if (cursor === FIRST_CURSOR) return {}
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return { error: 'not a cursor this API gave' }
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 4 ||
    !(decoded[2] === null || ['number', 'string'].includes(typeof decoded[2])) ||
    typeof decoded[3] !== 'string'
  )
    return { error: 'not a cursor this API gave' }
  const [field, order, value, id] = decoded as [string, string, SearchAfter['value'], string]
  if (field !== sortName(sort) || order !== sortOrder(sort))
    return { error: `the cursor belongs to sort=${field}&order=${order}; keep the sort while paging` }
  return { after: { value, id } }
}
