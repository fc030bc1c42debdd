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
import type { MatchSql } from './match-sql.js'
import type { StatementCache } from './statement-cache.js'

export interface ListedMatches {
  total: number
  /** Their rowids, comma-separated; null when there are none. */
  rowids: string | null
}

/** The works an unscored SELECT (rowid, score) finds, listed. */
export function listMatches(statements: StatementCache, match: MatchSql): ListedMatches {
  const sql = `SELECT count(*), group_concat(rowid) FROM (${match.sql})`
  const [total, rowids] = statements.get(sql).raw().get(match.params) as [number, string | null]
  return { total, rowids }
}

/** The listed rowids as a JSON array, for `json_each`. */
export const asJsonArray = (listed: ListedMatches): string => `[${listed.rowids ?? ''}]`

/**
 * The rowids of a page of listed matches in the query's order (a column's, never the text relevance):
 * walking `index` (a sort index of `works`, see `columns.ts`) until the page is found, else sorting them.
 * @param maxRowid the highest rowid of any work
 */
export function listedPage(
  statements: StatementCache,
  query: SearchQuery,
  listed: ListedMatches,
  offset: number,
  walk: { index: string; maxRowid: number } | undefined,
): number[] {
  const order = `ORDER BY ${orderBy(query.sort, false)}`
  if (walk === undefined) {
    const sql = `SELECT w.rowid FROM json_each(@rowids) AS m CROSS JOIN works AS w ON w.rowid = m.value
      ${order} LIMIT @limit OFFSET @offset`
    const params = { rowids: asJsonArray(listed), limit: query.perPage, offset }
    return statements.get(sql).pluck().all(params) as number[]
  }
  const matched = new Uint8Array(walk.maxRowid + 1)
  forEachInteger(listed.rowids, (rowid) => {
    matched[rowid] = 1
  })
  const page: number[] = []
  let skipped = 0
  const walked = statements.get(`SELECT w.rowid FROM works AS w INDEXED BY "${walk.index}" ${order}`)
  for (const rowid of walked.pluck().iterate() as Iterable<number>) {
    if (matched[rowid] !== 1) continue
    if (skipped < offset) skipped++
    else if (page.push(rowid) === query.perPage) break
  }
  return page
}
