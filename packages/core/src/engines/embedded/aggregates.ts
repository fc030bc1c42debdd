/**
 * Facet counts and numeric stats over the matches of the current search (the `temp.search_matches`
 * table, or listed: `listed-matches.ts`), each computed over all matches.
 * @module
 */
import type Database from 'better-sqlite3'
import { type FacetField, isTagKind, type RangeField } from '../../model/query.js'
import type { Facet, FacetValue } from '../../model/result.js'
import type { TagKind } from '../../model/tag-kind.js'
import { kindCode } from './codes.js'
import { RANGE_COLUMN } from './columns.js'
import { type DataVersion, MapUntilChange } from './data-version.js'
import { FacetColumn } from './facet-column.js'
import { forEachInteger, rankFacetValues, TagCodeTally, type TagName } from './facet-counts.js'
import { HeldColumn } from './held-column.js'
import { asJsonArray, type ListedMatches } from './listed-matches.js'
import { CHANGED_ROWIDS } from './log-position.js'
import type { StatementCache } from './statement-cache.js'

/** The stored matches, or those listed in the parameter (a JSON array), as `m (rowid)`. */
const STORED = 'temp.search_matches AS m'
const LISTED = '(SELECT value AS rowid FROM json_each(@listed)) AS m'
// CROSS JOIN keeps the matches (in rowid order) as the outer loop: one rowid lookup per match.
const matchTagCodes = (matches: string) => `SELECT group_concat(g.facet_codes)
  FROM ${matches} CROSS JOIN work_tags AS g ON g.rowid = m.rowid`
const MATCH_ROWIDS = 'SELECT group_concat(rowid) FROM temp.search_matches'
const MAX_TAG_ID = 'SELECT max(tag_id) FROM tags'
const CHANGED_CODES = `SELECT rowid, facet_codes FROM work_tags WHERE rowid IN (${CHANGED_ROWIDS}) ORDER BY rowid`
const TAG_NAMES = 'SELECT tag_id, display, norm FROM tags WHERE tag_id IN (SELECT value FROM json_each(?))'
// One value per work and a handful in all, so SQLite's grouping is cheap here; the column holds the
// normalized value, which is also what a language filter compares.
const matchLanguages = (matches: string) => `SELECT w.language, count(*) AS n
  FROM ${matches} CROSS JOIN works AS w ON w.rowid = m.rowid
  GROUP BY w.language ORDER BY n DESC, w.language LIMIT @limit`

export type Facets = Partial<Record<FacetField, Facet>>

/** Matches to count: the stored ones (`temp.search_matches`), given by their number, or listed ones. */
export type CountedMatches = number | ListedMatches

/**
 * Counts facets; remembers tag names, since ties at the cut-off need the names of every tag tied there
 * (often hundreds of values counted once). A tag's row never changes once written, so the names stay valid
 * until a rebuild replaces the tags table, which changes the schema version.
 *
 * Codes are read from the in-memory facet column when it is held and current (`held-column.ts`), else
 * from SQLite.
 */
export class FacetCounter {
  readonly #statements: StatementCache
  /** Names of the tags seen: a write may add tags, give one a more visible work's spelling, or renumber all. */
  readonly #names: MapUntilChange<number, TagName>
  readonly #column: HeldColumn<[number, string | null], FacetColumn>

  constructor(db: Database.Database, statements: StatementCache, version: DataVersion) {
    this.#statements = statements
    this.#names = new MapUntilChange(version)
    this.#column = new HeldColumn(db, statements, version, FacetColumn.load, CHANGED_CODES)
  }

  /**
   * Top values of each kind among the `matches` of the current search: count descending, then
   * normalized value ascending; each says whether the kind has more values than `limit`.
   */
  count(fields: readonly FacetField[], limit: number, matches: CountedMatches): Facets {
    const facets: Facets = {}
    if (fields.includes('language')) facets.language = this.#languages(limit, matches)
    const kinds = fields.filter(isTagKind)
    if (kinds.length === 0) return facets
    const tally = this.#tally(kinds, matches)
    const counted = tally.finish(limit)
    const candidates = new Map(kinds.map((kind) => [kind, counted.get(kindCode(kind)) ?? []]))
    const names = this.#namesOf([...candidates.values()].flatMap((list) => list.map((c) => c.tagId)))
    for (const [kind, list] of candidates) {
      facets[kind] = {
        values: rankFacetValues(list, names, limit),
        more: tally.distinct(kindCode(kind)) > limit,
      }
    }
    return facets
  }

  /** The top languages among the matches. */
  #languages(limit: number, matches: CountedMatches): Facet {
    const rows = this.#statements
      .get(matchLanguages(typeof matches === 'number' ? STORED : LISTED))
      .raw()
      .all({ limit: limit + 1, ...listedArgs(matches)[0] }) as [string, number][]
    return {
      values: rows.slice(0, limit).map(([value, count]) => ({ value, count })),
      more: rows.length > limit,
    }
  }

  /**
   * The listed works that hold one of `codes` among their own tags, when the facet column is held and
   * current; undefined when it is not (the caller asks SQLite instead).
   */
  holdingAny(listed: ListedMatches, codes: ReadonlySet<number>): ListedMatches | undefined {
    const kept = this.#column.current(0)?.holdingAny(listed.rowids, codes)
    if (kept === undefined) return undefined
    return { total: kept.length, rowids: kept.length === 0 ? null : kept.join(',') }
  }

  /** Every value of one kind among the `matches` of the current search, with its count, in no order. */
  values(kind: TagKind, matches: CountedMatches): FacetValue[] {
    const counted = this.#tally([kind], matches).finish().get(kindCode(kind)) ?? []
    const names = this.#namesOf(counted.map((c) => c.tagId))
    return counted.map(({ tagId, count }) => ({ value: (names.get(tagId) as TagName).display, count }))
  }

  /** The tag codes of the matches, counted for the given kinds. */
  #tally(kinds: readonly TagKind[], matches: CountedMatches): TagCodeTally {
    const maxTagId = (this.#statements.get(MAX_TAG_ID).pluck().get() as number | null) ?? 0
    const tally = new TagCodeTally(new Set(kinds.map(kindCode)), maxTagId)
    const stored = typeof matches === 'number'
    const column = this.#column.current(stored ? matches : matches.total)
    if (column) {
      const rowids = stored ? this.#statements.get(MATCH_ROWIDS).pluck().get() : matches.rowids
      column.tally(rowids as string | null, tally)
    } else {
      const sql = matchTagCodes(stored ? STORED : LISTED)
      const codes = this.#statements
        .get(sql)
        .pluck()
        .get(...listedArgs(matches)) as string | null
      forEachInteger(codes, (code) => tally.add(code))
    }
    return tally
  }

  #namesOf(ids: readonly number[]): ReadonlyMap<number, TagName> {
    const names = this.#names.entries()
    const missing = ids.filter((id) => !names.has(id))
    if (missing.length > 0) {
      const rows = this.#statements.get(TAG_NAMES).raw().all(JSON.stringify(missing)) as [
        number,
        string,
        string,
      ][]
      for (const [id, display, norm] of rows) names.set(id, { display, norm })
    }
    return names
  }
}

/** The statement arguments of `LISTED`: none for the stored matches. */
const listedArgs = (matches: CountedMatches): [] | [{ listed: string }] =>
  typeof matches === 'number' ? [] : [{ listed: asJsonArray(matches) }]

export type Stats = Partial<Record<RangeField, { min: number; max: number } | null>>

/** Min and max of each field over the matches, null for every field when nothing matches. */
export function rangeStats(
  statements: StatementCache,
  fields: readonly RangeField[],
  matches: CountedMatches,
): Stats {
  const stats: Stats = {}
  if (fields.length === 0) return stats
  const columns = fields.map(
    (f, i) => `min(w.${RANGE_COLUMN[f]}) AS min${i}, max(w.${RANGE_COLUMN[f]}) AS max${i}`,
  )
  const from = typeof matches === 'number' ? STORED : LISTED
  const sql = `SELECT ${columns.join(', ')} FROM ${from} CROSS JOIN works AS w ON w.rowid = m.rowid`
  const row = statements.get(sql).get(...listedArgs(matches)) as Record<string, number | null>
  fields.forEach((field, i) => {
    const min = row[`min${i}`]
    const max = row[`max${i}`]
    stats[field] =
      min === null || min === undefined || max === null || max === undefined ? null : { min, max }
  })
  return stats
}
