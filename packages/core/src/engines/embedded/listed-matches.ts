/**
 * A search's matches read as a list of their rowids instead of stored in `temp.search_matches`, for a
 * query the text relevance does not order: its facets count from the list (`aggregates.ts`) and its page
 * is read by walking a sort index or by sorting the few matches. Storing every match was the largest part
 * of such a search: at 100k works with bodies, the 69,585 works holding "here" took 18.3 ms to store,
 * 6.0 ms to list and 3.7 ms to count. Listed rather than stored, the two ways alternated query by query in
 * one process (mean of 200 queries each, best of 3): a rating newest first 23.7 -> 12.5 ms, text or a
 * fandom by kudos 5.20 -> 3.33, exclusion-heavy 18.0 -> 14.7, a fandom with seven facets 2.24 -> 1.82 (its
 * p90 at 100k metadata-only works 7.48 -> 5.95).
 * @module
 */
import type { SearchQuery } from '../../model/query.js'
import { orderBy } from './columns.js'
import { forEachInteger } from './facet-counts.js'
import type { CursorRanges, MatchSql } from './match-sql.js'
import type { SortKeyColumn } from './sort-key-column.js'
import type { StatementCache } from './statement-cache.js'

export interface ListedMatches {
  total: number
  /** Their rowids, comma-separated; null when there are none. */
  readonly rowids: string | null
  /** Their rowids marked in an array indexed by rowid, when that was made already. */
  matched?: Uint8Array
}

/** The works an unscored SELECT (rowid, score) finds, listed. */
export function listMatches(statements: StatementCache, match: MatchSql): ListedMatches {
  const sql = `SELECT count(*), group_concat(rowid) FROM (${match.sql})`
  const [total, rowids] = statements.get(sql).raw().get(match.params) as [number, string | null]
  return { total, rowids }
}

/** The listed rowids as a JSON array, for `json_each`. */
export const asJsonArray = (listed: ListedMatches): string => `[${listed.rowids ?? ''}]`

/** A sort index of `works` (see `columns.ts`), and the highest rowid of any work. */
export interface IndexWalk {
  index: string
  maxRowid: number
}

/** Marks the listed rowids in an array indexed by rowid. */
function marked(listed: ListedMatches, maxRowid: number): Uint8Array {
  const matched = new Uint8Array(maxRowid + 1)
  forEachInteger(listed.rowids, (rowid) => {
    matched[rowid] = 1
  })
  return matched
}

/**
 * The rowids of a page of listed matches in the query's order (a column's, never the text relevance):
 * walking the sort index until the page is found (from `cursor`, when the page starts there), else
 * sorting them.
 */
export function listedPage(
  statements: StatementCache,
  query: SearchQuery,
  listed: ListedMatches,
  offset: number,
  walk: IndexWalk | undefined,
  cursor?: CursorRanges,
): number[] {
  const order = `ORDER BY ${orderBy(query.sort, false)}`
  if (walk === undefined) {
    const sql = `SELECT w.rowid FROM json_each(@rowids) AS m CROSS JOIN works AS w ON w.rowid = m.value
      ${order} LIMIT @limit OFFSET @offset`
    const params = { rowids: asJsonArray(listed), limit: query.perPage, offset }
    return statements.get(sql).pluck().all(params) as number[]
  }
  const matched = listed.matched ?? marked(listed, walk.maxRowid)
  const page: number[] = []
  let skipped = 0
  /** Walks the index where `range` holds; false once the page is full. */
  const walkWhere = (range: string, params: object): boolean => {
    const sql = `SELECT w.rowid FROM works AS w INDEXED BY "${walk.index}" WHERE ${range} ${order}`
    for (const rowid of statements.get(sql).pluck().iterate(params) as Iterable<number>) {
      if (matched[rowid] !== 1) continue
      if (skipped < offset) skipped++
      else if (page.push(rowid) === query.perPage) return false
    }
    return true
  }
  if (cursor === undefined) walkWhere('1', {})
  else if (walkWhere(cursor.after, cursor.params) && cursor.unknownAfter !== undefined)
    walkWhere(cursor.unknownAfter, {})
  return page
}

/**
 * The listed matches without those that sort at or before the cursor, found by walking the sort index up
 * to the cursor; undefined when more works lie before it than there are matches (reading the matches'
 * sort keys is then the shorter way).
 */
export function listedAfter(
  statements: StatementCache,
  listed: ListedMatches,
  walk: IndexWalk,
  before: string,
  params: CursorRanges['params'],
): ListedMatches | undefined {
  const sql = `SELECT w.rowid FROM works AS w INDEXED BY "${walk.index}" WHERE ${before} LIMIT @limit`
  const earlier = statements
    .get(sql)
    .pluck()
    .all({ ...params, limit: listed.total }) as number[]
  if (earlier.length === listed.total) return undefined
  const matched = marked(listed, walk.maxRowid)
  let dropped = 0
  for (const rowid of earlier) {
    dropped += matched[rowid] as number
    matched[rowid] = 0
  }
  return kept(listed, matched, listed.total - dropped)
}

// Ties on the value are few (the sort keys are dates and counts), so their ids are compared in SQLite,
// in its order.
const TIED_AFTER = `SELECT rowid FROM works
  WHERE rowid IN (SELECT value FROM json_each(@tied)) AND id > @id`

/**
 * The listed matches without those that sort at or before the cursor on a numeric value, read from the
 * values held in memory (`sort-key-column.ts`), which must be current.
 */
export function listedAfterKeys(
  statements: StatementCache,
  listed: ListedMatches,
  keys: SortKeyColumn,
  cursor: { value: number; id: string },
  descending: boolean,
): ListedMatches {
  const matched = new Uint8Array(keys.maxRowid + 1)
  const tied: number[] = []
  let total = 0
  forEachInteger(listed.rowids, (rowid) => {
    const value = keys.at(rowid)
    if (value === cursor.value) tied.push(rowid)
    // An unknown value (NaN) sorts last either way, after every known one.
    else if (Number.isNaN(value) || (descending ? value < cursor.value : value > cursor.value)) {
      matched[rowid] = 1
      total++
    }
  })
  if (tied.length > 0) {
    const params = { tied: JSON.stringify(tied), id: cursor.id }
    for (const rowid of statements.get(TIED_AFTER).pluck().iterate(params) as Iterable<number>) {
      matched[rowid] = 1
      total++
    }
  }
  return kept(listed, matched, total)
}

/** The listed matches marked in `matched`, `total` of them. */
function kept(listed: ListedMatches, matched: Uint8Array, total: number): ListedMatches {
  let rowids: string | null | undefined
  return {
    total,
    matched,
    // Made only when read (to count facets, or sort a few matches): a page walked from the cursor needs
    // only `matched`, and joining a common word's 60k rowids again took a third of such a search.
    get rowids() {
      if (rowids === undefined) {
        const rows: number[] = []
        forEachInteger(listed.rowids, (rowid) => {
          if (matched[rowid] === 1) rows.push(rowid)
        })
        rowids = rows.length === 0 ? null : rows.join(',')
      }
      return rowids
    },
  }
}
