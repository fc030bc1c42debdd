/**
 * A token that changes whenever the works may have changed, for caches of derived data.
 *
 * `PRAGMA data_version` moves when another connection commits; this connection's own writes are counted
 * by the engine (`noteWrite`), since `total_changes()` would also count every search's writes to its
 * temporary match table.
 * @module
 */
import type Database from 'better-sqlite3'

export class DataVersion {
  /**
   * Prepared once: `db.pragma()` prepares its statement at every call, and a search asks several times
   * (each cache it reads from asks).
   */
  readonly #dataVersion: Database.Statement
  #ownWrites = 0

  constructor(db: Database.Database) {
    this.#dataVersion = db.prepare('PRAGMA data_version').pluck()
  }

  /** Records that this connection wrote (or tried to: a failed write may have changed nothing, or not). */
  noteWrite(): void {
    this.#ownWrites++
  }

  current(): string {
    return `${this.#dataVersion.get()}:${this.#ownWrites}`
  }
}

/** A map of what was derived from the works, emptied whenever they may have changed. */
export class MapUntilChange<K, V> {
  readonly #version: DataVersion
  readonly #entries = new Map<K, V>()
  readonly #capacity: number
  #at = ''

  /** @param capacity entries `through` keeps at most, the oldest dropped first */
  constructor(version: DataVersion, capacity = Number.POSITIVE_INFINITY) {
    this.#version = version
    this.#capacity = capacity
  }

  /** The entry for `key`, or the one `compute` gives, kept. */
  through(key: K, compute: () => V): V {
    const entries = this.entries()
    if (entries.has(key)) return entries.get(key) as V
    const value = compute()
    if (entries.size >= this.#capacity) entries.delete(entries.keys().next().value as K)
    entries.set(key, value)
    return value
  }

  /** The entries, emptied first if the works may have changed since the last call. */
  entries(): Map<K, V> {
    const now = this.#version.current()
    if (now !== this.#at) {
      this.#entries.clear()
      this.#at = now
    }
    return this.#entries
  }
}
