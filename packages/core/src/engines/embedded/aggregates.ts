/**
 * Facet counts and numeric stats over the matches of the current search (the `temp.search_matches`
 * table), each one SQL aggregate over all matches.
 * @module
 */
import type { RangeField } from '../../model/query.js'
import type { FacetValue } from '../../model/result.js'
import type { TagKind } from '../../model/tag-kind.js'
import { kindCode } from './codes.js'
import { RANGE_COLUMN } from './columns.js'
import type { StatementCache } from './statement-cache.js'

// CROSS JOIN keeps the matches as the outer loop: one seek into facet_values per matching work.
const FACETS = `SELECT t.display AS value, c.count AS count
  FROM (
    SELECT f.tag_id, count(*) AS count
    FROM temp.search_matches AS m CROSS JOIN facet_values AS f ON f.work_rowid = m.rowid AND f.kind = @kind
    GROUP BY f.tag_id
  ) AS c
  JOIN tags AS t ON t.tag_id = c.tag_id
  ORDER BY c.count DESC, t.norm ASC
  LIMIT @limit`

/** Top values of one kind among the matches: count descending, then normalized value ascending. */
export function facetCounts(statements: StatementCache, kind: TagKind, limit: number): FacetValue[] {
  return statements.get(FACETS).all({ kind: kindCode(kind), limit }) as FacetValue[]
}

export type Stats = Partial<Record<RangeField, { min: number; max: number } | null>>

/** Min and max of each field over the matches, null for every field when nothing matches. */
export function rangeStats(statements: StatementCache, fields: readonly RangeField[]): Stats {
  const stats: Stats = {}
  if (fields.length === 0) return stats
  const columns = fields.map(
    (f, i) => `min(w.${RANGE_COLUMN[f]}) AS min${i}, max(w.${RANGE_COLUMN[f]}) AS max${i}`,
  )
  const sql = `SELECT ${columns.join(', ')} FROM temp.search_matches AS m JOIN works AS w ON w.rowid = m.rowid`
  const row = statements.get(sql).get() as Record<string, number | null>
  fields.forEach((field, i) => {
    const min = row[`min${i}`]
    const max = row[`max${i}`]
    stats[field] =
      min === null || min === undefined || max === null || max === undefined ? null : { min, max }
  })
  return stats
}
