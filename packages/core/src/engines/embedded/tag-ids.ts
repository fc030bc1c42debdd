/**
 * Tag ids for the works a store writes: each value is looked up in `tags`, added when new, and given the
 * spelling of the most visible work that uses it (see `tags.display_rank`). Works repeat their popular tags
 * thousands of times, so the ids found are remembered from one write to the next, for as long as nothing
 * else can have changed the table: a write that fails, another connection's commit or a rebuild's swap
 * (which renumbers every tag, and changes the schema) makes them be looked up again.
 *
 * Why in JavaScript: handing each work's values to SQL as JSON, to intern them and to join them back to
 * their ids in one statement, took ~90 µs a work at 1M metadata-only works.
 * @module
 */
import type Database from 'better-sqlite3'
import { BoundedCache } from '../../tags/bounded-cache.js'
import type { TagValue } from './work-record.js'

/** Tags remembered at most; 1M generated works used ~550k, most of them once. */
const KNOWN_TAGS = 200_000

interface KnownTag {
  id: number
  /** The visibility rank of the work whose spelling `tags.display` holds. */
  rank: number
}

/** The statements over the tags table (`work-store.ts` prepares them). */
export interface TagStatements {
  findTag: Database.Statement
  insertTag: Database.Statement
  respellTag: Database.Statement
}

export class TagIds {
  readonly #db: Database.Database
  readonly #s: TagStatements
  readonly #known = new BoundedCache<string, KnownTag>(KNOWN_TAGS)
  /** What the database looked like after this store's last write; the tags known hold for it alone. */
  #knownAt: string | undefined

  constructor(db: Database.Database, statements: TagStatements) {
    this.#db = db
    this.#s = statements
  }

  /** Runs a write transaction that calls `ids`, keeping the tags known only if it commits. */
  during(write: () => void): void {
    if (this.#knownAt !== this.#state()) this.#known.clear()
    this.#knownAt = undefined
    write()
    this.#knownAt = this.#state()
  }

  /** The id of each value, for a work of visibility rank `rank`. */
  ids(values: readonly TagValue[], rank: number): number[] {
    return values.map((value) => this.#id(value, rank))
  }

  #id([kind, norm, display]: TagValue, rank: number): number {
    const key = `${kind}\u0000${norm}`
    let tag = this.#known.get(key)
    if (tag === undefined) {
      const inserted = this.#s.insertTag.run(kind, norm, display, rank)
      tag =
        inserted.changes === 1
          ? { id: Number(inserted.lastInsertRowid), rank }
          : (this.#s.findTag.get(kind, norm) as KnownTag)
      this.#known.set(key, tag)
    }
    if (rank < tag.rank) {
      this.#s.respellTag.run(display, rank, tag.id)
      tag.rank = rank
    }
    return tag.id
  }

  /** Moves when another connection commits, or the schema changes (a rebuild's swap, on any connection). */
  #state(): string {
    return `${this.#db.pragma('data_version', { simple: true })}:${this.#db.pragma('schema_version', { simple: true })}`
  }
}
