/**
 * The embedded search engine: one SQLite file (FTS5 for text, tables and indexes for tags and numbers),
 * opened in WAL mode so a server process keeps reading while an indexer process writes, each `upsert`
 * becoming visible to readers as one committed batch.
 *
 * A full rebuild builds a new file with its own engine, closes it, and renames it over the old path;
 * processes that still have the old file open keep reading it until they close and reopen.
 * @module
 */
import type Database from 'better-sqlite3'
import type { SearchEngine } from '../../engine/search-engine.js'
import type { Scope, SearchQuery } from '../../model/query.js'
import type { SearchResult } from '../../model/result.js'
import type { Work } from '../../model/work.js'
import { openDatabase } from './connection.js'
import { Searcher } from './searcher.js'
import { WorkStore } from './work-store.js'

export interface EmbeddedEngineOptions {
  /** The database file, created if missing; `:memory:` for a private in-memory database. */
  path: string
}

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded'
  readonly path: string
  readonly #db: Database.Database
  readonly #store: WorkStore
  readonly #searcher: Searcher

  constructor(options: EmbeddedEngineOptions) {
    this.path = options.path
    this.#db = openDatabase(options.path)
    this.#store = new WorkStore(this.#db)
    this.#searcher = new Searcher(this.#db)
  }

  async upsert(works: readonly Work[]): Promise<void> {
    this.#store.upsert(works)
  }

  async delete(ids: readonly string[]): Promise<void> {
    this.#store.delete(ids)
  }

  async get(id: string, scope: Scope): Promise<Work | null> {
    return this.#store.get(id, scope)
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.#searcher.search(query)
  }

  async hashes(): Promise<Map<string, string>> {
    return this.#store.hashes()
  }

  async count(): Promise<number> {
    return this.#store.count()
  }

  /**
   * Merges the text index into one segment and refreshes the query planner's statistics. Worth calling
   * after a bulk load; searches are correct without it.
   */
  async optimize(): Promise<void> {
    this.#db.exec("INSERT INTO work_search (work_search) VALUES ('optimize')")
    this.#db.exec('ANALYZE')
  }

  /** Closes the database; safe to call more than once. */
  async close(): Promise<void> {
    if (!this.#db.open) return
    this.#db.pragma('optimize')
    this.#db.close()
  }
}

/** Opens (creating if needed) an embedded engine on a database file. */
export function openEmbeddedEngine(options: EmbeddedEngineOptions): EmbeddedEngine {
  return new EmbeddedEngine(options)
}
