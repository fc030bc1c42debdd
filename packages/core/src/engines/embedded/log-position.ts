/**
 * Where the works stood when a cache was derived from them, so that after a write the cache can take the
 * works written since (named by the change log) instead of being derived again from every work. A rebuild's
 * swap replaces whole tables (and may renumber tags), which the schema version tells: a cache is then
 * derived again.
 *
 * The change log holds every work whose content or visibility changed, and nothing else writes the live
 * tables: a work rewritten unchanged has the same text and tags.
 * @module
 */
import type Database from 'better-sqlite3'
import { CHANGE_LOG_TABLE } from './change-log.js'

export interface LogPosition {
  /** The change log's last number. */
  change: number
  /** `PRAGMA schema_version`. */
  schema: number
}

/** The rowids of the works stored now that changed after change number `?`. */
export const CHANGED_ROWIDS = `SELECT w.rowid FROM ${CHANGE_LOG_TABLE} AS c
  JOIN works AS w ON w.id = c.id WHERE c.seq > ?`

export class LogPositions {
  readonly #lastChange: Database.Statement
  readonly #changedSince: Database.Statement
  readonly #schema: Database.Statement

  constructor(db: Database.Database) {
    this.#lastChange = db.prepare(`SELECT coalesce(max(seq), 0) FROM ${CHANGE_LOG_TABLE}`).pluck()
    this.#changedSince = db.prepare(`SELECT count(*) FROM ${CHANGE_LOG_TABLE} WHERE seq > ?`).pluck()
    this.#schema = db.prepare('PRAGMA schema_version').pluck()
  }

  /** Where the works stand now; call inside the read transaction the cache describes. */
  now(): LogPosition {
    return { change: this.#lastChange.get() as number, schema: this.#schema.get() as number }
  }

  /** Works changed (deleted ones included) from `from` to `to`; undefined when the schema changed. */
  changedBetween(from: LogPosition, to: LogPosition): number | undefined {
    if (from.schema !== to.schema) return undefined
    return from.change === to.change ? 0 : (this.#changedSince.get(from.change) as number)
  }
}
