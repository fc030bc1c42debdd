/**
 * Every work's value of one indexed sort (`SORT_INDEXES`) held in memory by rowid, so that a page after a
 * cursor drops the matches that sort at or before it by comparing numbers (`listedAfterKeys`) rather than
 * walking the index up to the cursor or reading each match's value from `works`. At 100k works with
 * bodies, page 50 of the works rated "Not Rated" newest first read its 4,000 matches' values from `works`,
 * since 20,000 works lie before its cursor and walking the index there cost more: the two ways alternated
 * query by query in one process (p50 of 18 queries, each the best of 3), 8.25 -> 2.73 ms, as fast as its
 * page 1; Mature 6.31 -> 4.86, Explicit 5.90 -> 5.17; a common word by kudos unchanged (~26 ms).
 *
 * A snapshot for one data version (see `held-column.ts` for when it is read and updated); an unknown
 * value (NULL) is NaN.
 * @module
 */
import type Database from 'better-sqlite3'
import type { SortKey } from '../../model/query.js'
import { KEY_COLUMN, SORT_INDEXES } from './columns.js'
import type { DataVersion } from './data-version.js'
import { HeldColumn, MAX_ROWID, type RowidColumn } from './held-column.js'
import { CHANGED_ROWIDS } from './log-position.js'
import type { StatementCache } from './statement-cache.js'

type Row = [rowid: number, value: number | null]

export class SortKeyColumn implements RowidColumn<Row, SortKeyColumn> {
  readonly version: string
  readonly #values: Float64Array

  private constructor(version: string, values: Float64Array) {
    this.version = version
    this.#values = values
  }

  /**
   * Reads every work's value of `column`; call it inside the read transaction it must describe. They come
   * as one string of rowid and value pairs: at 100k works, ~30 ms against ~100 for a row each.
   */
  static load(db: Database.Database, version: string, column: string): SortKeyColumn {
    const maxRowid = (db.prepare(MAX_ROWID).pluck().get() as number | null) ?? 0
    const values = new Float64Array(maxRowid + 1).fill(Number.NaN)
    const sql = `SELECT group_concat(rowid || ',' || ${column}) FROM works WHERE ${column} IS NOT NULL`
    const pairs = (db.prepare(sql).pluck().get() as string | null)?.split(',') ?? []
    for (let i = 0; i < pairs.length; i += 2) values[Number(pairs[i])] = Number(pairs[i + 1])
    return new SortKeyColumn(version, values)
  }

  updated(version: string, changed: Iterable<Row>): SortKeyColumn {
    const rows = [...changed]
    const maxRowid = Math.max(this.maxRowid, rows.at(-1)?.[0] ?? 0)
    const values = new Float64Array(maxRowid + 1).fill(Number.NaN)
    values.set(this.#values)
    for (const [rowid, value] of rows) values[rowid] = value ?? Number.NaN
    return new SortKeyColumn(version, values)
  }

  get maxRowid(): number {
    return this.#values.length - 1
  }

  /** The value of the work at `rowid`: NaN when it is unknown or the column has no such work. */
  at(rowid: number): number {
    return this.#values[rowid] ?? Number.NaN
  }
}

/** A held column for each indexed sort. */
export function heldSortKeys(
  db: Database.Database,
  statements: StatementCache,
  version: DataVersion,
): ReadonlyMap<SortKey, HeldColumn<Row, SortKeyColumn>> {
  const keys = Object.keys(SORT_INDEXES) as SortKey[]
  return new Map(
    keys.map((key) => {
      const column = KEY_COLUMN[key]
      const load = (db: Database.Database, version: string) => SortKeyColumn.load(db, version, column)
      const changed = `SELECT rowid, ${column} FROM works WHERE rowid IN (${CHANGED_ROWIDS}) ORDER BY rowid`
      return [key, new HeldColumn(db, statements, version, load, changed)]
    }),
  )
}
