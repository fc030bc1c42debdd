/**
 * The embedded engine with its searches on search threads (`search-threads.ts`): reads that may take
 * long (searches, and so facet counts, autocomplete and similar works; facet value searches) run off
 * the main thread, each thread on its own read-only connection to the same WAL file, while writes and
 * the quick reads by id stay on the main connection. A server's event loop then keeps accepting and
 * answering while searches run, and a search nobody waits for any more is dropped.
 * @module
 */
import { requestSignal } from '../../engine/request-signal.js'
import type { RebuildOptions, SearchEngine, WorkChanges } from '../../engine/search-engine.js'
import type { ChangesPage } from '../../model/change.js'
import type { FacetSearch, Scope, SearchQuery } from '../../model/query.js'
import type { FacetSearchResult, SearchResult } from '../../model/result.js'
import type { Work } from '../../model/work.js'
import {
  type EmbeddedEngine,
  type EmbeddedEngineOptions,
  openEmbeddedEngine,
} from '../embedded/embedded-engine.js'
import { SearchThreads } from './search-threads.js'

export interface ThreadedEngineOptions extends EmbeddedEngineOptions {
  /** Search threads: searches running at once. */
  threads: number
  /**
   * Longest one search may run, in milliseconds; past it the search is stopped and fails with
   * `SearchTimeoutError`. Unbounded when absent.
   */
  searchBudgetMs?: number | undefined
}

export class ThreadedEngine implements SearchEngine {
  readonly name = 'embedded'
  readonly #main: EmbeddedEngine
  readonly #threads: SearchThreads

  private constructor(main: EmbeddedEngine, threads: SearchThreads) {
    this.#main = main
    this.#threads = threads
  }

  /**
   * Opens the file on the main connection (creating or upgrading it as the embedded engine does), then
   * starts the search threads on it.
   */
  static async open(options: ThreadedEngineOptions): Promise<ThreadedEngine> {
    if (options.path === ':memory:')
      throw new RangeError(
        'search threads need a database file: an in-memory database is private to its connection',
      )
    const main = openEmbeddedEngine(options)
    try {
      const threads = await SearchThreads.start({
        size: options.threads,
        budgetMs: options.searchBudgetMs,
        settings: {
          path: options.path,
          resultCacheSize: options.resultCacheSize,
          synonyms: options.synonyms,
        },
      })
      return new ThreadedEngine(main, threads)
    } catch (error) {
      await main.close()
      throw error
    }
  }

  get path(): string {
    return this.#main.path
  }

  /** Searches running on a thread, and searches waiting for one. */
  load(): { running: number; queued: number } {
    return { running: this.#threads.running, queued: this.#threads.queued }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return (await this.#threads.run({ op: 'search', query }, requestSignal())) as SearchResult
  }

  async searchFacet(query: SearchQuery, facet: FacetSearch): Promise<FacetSearchResult> {
    return (await this.#threads.run(
      { op: 'searchFacet', query, facet },
      requestSignal(),
    )) as FacetSearchResult
  }

  get(id: string, scope: Scope): Promise<Work | null> {
    return this.#main.get(id, scope)
  }

  upsert(works: readonly Work[]): Promise<void> {
    return this.#main.upsert(works)
  }

  delete(ids: readonly string[]): Promise<void> {
    return this.#main.delete(ids)
  }

  apply(changes: WorkChanges): Promise<void> {
    return this.#main.apply(changes)
  }

  changes(since: number, scope: Scope, limit: number): Promise<ChangesPage> {
    return this.#main.changes(since, scope, limit)
  }

  hashes(): Promise<Map<string, string>> {
    return this.#main.hashes()
  }

  count(): Promise<number> {
    return this.#main.count()
  }

  rebuild(works: Iterable<Work> | AsyncIterable<Work>, options?: RebuildOptions): Promise<void> {
    return this.#main.rebuild(works, options)
  }

  /** Stops the search threads (failing searches still waiting), then closes the main connection. */
  async close(): Promise<void> {
    await this.#threads.close()
    await this.#main.close()
  }
}
