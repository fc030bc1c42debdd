/**
 * The embedded search engine: one SQLite file (an FTS5 index for text and tag filters, plain tables for
 * documents, numbers and facets), opened in WAL mode so a server process keeps reading while an indexer process writes, each `upsert`
 * becoming visible to readers as one committed batch.
 *
 * A full rebuild (`rebuild`) fills staging tables in the same file and swaps them in with one transaction,
 * so processes that have the file open see the old works until that commit and the new ones after it.
 * @module
 */
import type Database from 'better-sqlite3'
import type { RebuildOptions, SearchEngine, WorkChanges } from '../../engine/search-engine.js'
import type { ChangesPage } from '../../model/change.js'
import type { FacetSearch, Scope, SearchQuery } from '../../model/query.js'
import type { FacetSearchResult, SearchResult } from '../../model/result.js'
import type { Work } from '../../model/work.js'
import { ChangeLog } from './change-log.js'
import { openDatabase } from './connection.js'
import { DataVersion } from './data-version.js'
import { reclaimFreePages } from './free-pages.js'
import { boundLog } from './log-bound.js'
import { rebuildIndex, rebuildLeftovers } from './rebuild.js'
import { Searcher } from './searcher.js'
import { WorkStore } from './work-store.js'

export interface EmbeddedEngineOptions {
  /** The database file, created if missing; `:memory:` for a private in-memory database. */
  path: string
  /**
   * Results of recent searches to keep until the works change (default 256); 0 computes every search,
   * as a benchmark of the search itself must.
   */
  resultCacheSize?: number
  /**
   * Word → words it also matches in full-text search (the tag vocabulary's synonyms, so that "Addek"
   * finds the works tagged with its pairing), the same option Meilisearch takes.
   */
  synonyms?: Record<string, string[]>
}

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded'
  readonly path: string
  readonly #db: Database.Database
  readonly #store: WorkStore
  readonly #searcher: Searcher
  readonly #version: DataVersion
  readonly #log: ChangeLog

  constructor(options: EmbeddedEngineOptions) {
    this.path = options.path
    this.#db = openDatabase(options.path)
    this.#version = new DataVersion(this.#db)
    this.#log = new ChangeLog(this.#db)
    this.#store = new WorkStore(this.#db, undefined, this.#log)
    this.#searcher = new Searcher(this.#db, this.#version, {
      resultCacheSize: options.resultCacheSize,
      synonyms: options.synonyms,
    })
  }

  async upsert(works: readonly Work[]): Promise<void> {
    await this.#writing(() => this.#store.upsert(works))
  }

  async delete(ids: readonly string[]): Promise<void> {
    await this.#writing(() => this.#store.delete(ids))
  }

  async apply(changes: WorkChanges): Promise<void> {
    await this.#writing(() => this.#store.apply(changes.upsert, changes.delete))
  }

  async get(id: string, scope: Scope): Promise<Work | null> {
    return this.#store.get(id, scope)
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.#searcher.search(query)
  }

  async searchFacet(query: SearchQuery, facet: FacetSearch): Promise<FacetSearchResult> {
    return this.#searcher.searchFacet(query, facet)
  }

  async changes(since: number, scope: Scope, limit: number): Promise<ChangesPage> {
    return this.#log.page(since, scope, limit)
  }

  async hashes(): Promise<Map<string, string>> {
    return this.#store.hashes()
  }

  async count(): Promise<number> {
    return this.#store.count()
  }

  /**
   * Replaces every work atomically (see `rebuild.ts`). Works upserted or deleted through any connection
   * while it runs are overwritten by the swap; run one rebuild at a time per file.
   */
  async rebuild(works: Iterable<Work> | AsyncIterable<Work>, options?: RebuildOptions): Promise<void> {
    await this.#writing(() => rebuildIndex(this.#db, works, options))
  }

  /** Staging tables an interrupted rebuild left in the file; the next rebuild drops them. */
  rebuildLeftovers(): string[] {
    return rebuildLeftovers(this.#db)
  }

  /** What SQLite's `PRAGMA integrity_check` finds wrong with the file; empty when it is sound. */
  async integrityCheck(): Promise<string[]> {
    const found = this.#db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]
    const problems = found.map((row) => row.integrity_check)
    return problems.length === 1 && problems[0] === 'ok' ? [] : problems
  }

  /**
   * Merges the text index into one segment and refreshes the query planner's statistics. Costly (about
   * as long again as loading the works: 60k works with 1,000-word texts took ~110 s of CPU) and searches
   * measured no faster for it, so it is seldom worth calling; the index merges as it grows anyway.
   */
  async optimize(): Promise<void> {
    await this.#writing(() => {
      this.#db.exec("INSERT INTO work_search (work_search) VALUES ('optimize')")
      this.#db.exec('ANALYZE')
    })
  }

  /**
   * Runs a write, telling the search caches that the works may have changed, even when it fails; then
   * keeps the file and its log from holding much more than the index.
   */
  async #writing(write: () => unknown): Promise<void> {
    try {
      await write()
    } finally {
      this.#version.noteWrite()
    }
    reclaimFreePages(this.#db)
    boundLog(this.#db, this.path)
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
