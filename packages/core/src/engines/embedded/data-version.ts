/**
 * A token that changes whenever the database content may have changed, for caches of derived data.
 * @module
 */
import type Database from 'better-sqlite3'

export class DataVersion {
  readonly #db: Database.Database
  readonly #ownChanges: Database.Statement

  constructor(db: Database.Database) {
    this.#db = db
    this.#ownChanges = db.prepare('SELECT total_changes()').pluck()
  }

  /** `PRAGMA data_version` moves when another connection commits, `total_changes()` when this one writes. */
  current(): string {
    return `${this.#db.pragma('data_version', { simple: true })}:${this.#ownChanges.get()}`
  }
}
