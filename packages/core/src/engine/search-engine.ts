/**
 * The one interface every search engine implements. Route handlers and the indexer talk to this only.
 * @module
 */
import type { ChangesPage } from '../model/change.js'
import type { FacetSearch, Scope, SearchQuery } from '../model/query.js'
import type { FacetSearchResult, SearchResult } from '../model/result.js'
import type { Work } from '../model/work.js'

export interface SearchEngine {
  /** A short name for logs and health checks: `embedded` or `meilisearch`. */
  readonly name: string
  /** Adds or replaces whole works, in batches; resolves once they are searchable. */
  upsert(works: readonly Work[]): Promise<void>
  /** Removes works by id; unknown ids are ignored. */
  delete(ids: readonly string[]): Promise<void>
  /** One work with its text, or null when it does not exist or the scope may not see it. */
  get(id: string, scope: Scope): Promise<Work | null>
  search(query: SearchQuery): Promise<SearchResult>
  /**
   * Searches the values of one tag kind among the works `query` finds (its page, sort, facets and stats
   * aside), as that kind's facet counts them: disjunctively, without the kind's own any-of values.
   * Matching and order are the same for every engine (`engine/facet-values.ts`).
   */
  searchFacet(query: SearchQuery, facet: FacetSearch): Promise<FacetSearchResult>
  /**
   * Adds or replaces `upsert` and removes `delete` at once: readers see all of it or none. Optional; an
   * engine without it is written with `upsert` then `delete` (`engine/apply-changes.ts`).
   */
  apply?(changes: WorkChanges): Promise<void>
  /**
   * The change feed (`model/change.ts`): the works changed after sequence number `since` that the scope
   * may hear of (deleted or no longer visible ones as tombstones, never a work it could not see), at
   * most `limit`, oldest change first. Optional: an engine without a change log leaves it out.
   */
  changes?(since: number, scope: Scope, limit: number): Promise<ChangesPage>
  /** Content hash per stored work id, so the indexer can skip unchanged works. */
  hashes(): Promise<Map<string, string>>
  /** Number of stored works of any visibility. */
  count(): Promise<number>
  /**
   * Replaces every stored work with `works`, atomically: searches keep answering from the previous works
   * while the new set is built, then see all of it at once. If the rebuild fails or is interrupted (an
   * error from `works`, a crash, a kill), the previous works stay as they were. Optional so that other
   * implementations (benchmark baselines) need not offer it; both ficdex engines do.
   */
  rebuild?(works: Iterable<Work> | AsyncIterable<Work>, options?: RebuildOptions): Promise<void>
  /**
   * Checks that the index still carries the settings this engine applies, as a readiness check asks
   * (a Meilisearch index's settings may change while a reader runs). Optional: an engine whose
   * settings live in its own code has nothing to check.
   * @throws SettingsChangedError when they were changed since the engine opened
   */
  checkSettings?(): Promise<void>
  close(): Promise<void>
}

export interface WorkChanges {
  upsert: readonly Work[]
  delete: readonly string[]
}

export interface RebuildOptions {
  /** Works per write while building, where the engine batches by count (default: the engine's own). */
  batchSize?: number
}
