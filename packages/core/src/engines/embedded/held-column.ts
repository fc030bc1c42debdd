/**
 * A column of every work's values by rowid held in memory (facet codes, a sort key), kept current for the
 * data version a search reads, and read only once it pays.
 *
 * After the data changes, a column held takes the values of the works written since (`log-position.ts`),
 * while they are fewer than half of all works: for the facet codes, 3–22 ms for 1 to 10,000 changed works
 * at 100k works with bodies, where reading the whole column again took 144–162 ms, which one search after
 * each write of a live archive paid. Otherwise (or with no column yet) it is read only once the searches
 * since the change have read as many works' values the SQLite way as there are works (reading the column
 * costs about that much): a server that answers broad searches pays at most twice what it would had it
 * known to read it at once, and one that only answers narrow searches never holds or reads the column.
 * @module
 */
import type Database from 'better-sqlite3'
import type { DataVersion } from './data-version.js'
import { type LogPosition, LogPositions } from './log-position.js'
import type { StatementCache } from './statement-cache.js'

/** A snapshot of one value (or list) per rowid, valid for one data version. */
export interface RowidColumn<Row, Self extends RowidColumn<Row, Self>> {
  /** The data version it was read at. */
  readonly version: string
  /** The highest rowid it knows. */
  readonly maxRowid: number
  /** The column at `version`, from this one and the rows of the works changed since, by rowid ascending. */
  updated(version: string, changed: Iterable<Row>): Self
}

/** The highest rowid of any work (each has a `work_tags` row): a bound on the number of works. */
export const MAX_ROWID = 'SELECT max(rowid) FROM work_tags'

export class HeldColumn<Row, Column extends RowidColumn<Row, Column>> {
  readonly #db: Database.Database
  readonly #statements: StatementCache
  readonly #version: DataVersion
  readonly #load: (db: Database.Database, version: string) => Column
  /** The rows of the works changed after change number `?`, by rowid ascending. */
  readonly #changedRows: string
  #column: Column | undefined
  /** Where the works stood when the column was read or last updated. */
  #columnAt: LogPosition | undefined
  readonly #positions: LogPositions
  /** Works whose values were read the SQLite way since the data changed to `#debtVersion`. */
  #debt = 0
  #debtVersion = ''

  constructor(
    db: Database.Database,
    statements: StatementCache,
    version: DataVersion,
    load: (db: Database.Database, version: string) => Column,
    changedRows: string,
  ) {
    this.#db = db
    this.#statements = statements
    this.#version = version
    this.#load = load
    this.#changedRows = changedRows
    this.#positions = new LogPositions(db)
  }

  /**
   * The column if it is (or is now worth making) current, else undefined: the caller reads the values
   * of `works` works from SQLite instead.
   */
  current(works: number): Column | undefined {
    const version = this.#version.current()
    if (this.#column?.version === version) return this.#column
    if (this.#debtVersion !== version) {
      const updated = this.#updated(version)
      if (updated) return updated
      this.#debtVersion = version
      this.#debt = 0
    }
    this.#debt += works
    const all = (this.#statements.get(MAX_ROWID).pluck().get() as number | null) ?? 0
    if (this.#debt < all) return undefined
    // Let the stale column go before reading the new one, so both are never held at once.
    this.#column = undefined
    this.#column = this.#load(this.#db, version)
    this.#columnAt = this.#positions.now()
    return this.#column
  }

  /** The column brought to `version` with the works written since, when they are fewer than half of all. */
  #updated(version: string): Column | undefined {
    const column = this.#column
    const at = this.#columnAt
    if (column === undefined || at === undefined) return undefined
    const now = this.#positions.now()
    const changed = this.#positions.changedBetween(at, now)
    if (changed === undefined || 2 * changed > column.maxRowid) return undefined
    const rows = this.#statements.get(this.#changedRows).raw().iterate(at.change) as Iterable<Row>
    this.#column = column.updated(version, rows)
    this.#columnAt = now
    return this.#column
  }
}
