/**
 * Prepared statements by SQL text, least recently used evicted first. Search SQL varies in shape with the
 * query (how many values a filter has, which facets are asked for), so the set is open but small in practice.
 * @module
 */
import type Database from 'better-sqlite3'

export class StatementCache {
  readonly #statements = new Map<string, Database.Statement>()
  readonly #db: Database.Database
  readonly #capacity: number

  constructor(db: Database.Database, capacity = 256) {
    this.#db = db
    this.#capacity = capacity
  }

  get(sql: string): Database.Statement {
    const cached = this.#statements.get(sql)
    if (cached) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      this.#statements.delete(sql)
      this.#statements.set(sql, cached)
      return cached
    }
    const statement = this.#db.prepare(sql)
    this.#statements.set(sql, statement)
    if (this.#statements.size > this.#capacity) {
      const oldest = this.#statements.keys().next().value
      if (oldest !== undefined) this.#statements.delete(oldest)
    }
    return statement
  }
}
