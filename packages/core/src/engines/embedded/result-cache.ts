/**
 * Results of recent searches, kept until the database changes: a search page repeats the same searches
 * (a fandom's listing, a popular tag, the front page) far more often than the works change, and a repeat
 * then costs a copy instead of a search. The works may be changed by any process: every lookup first
 * checks the data version, and any change drops every result.
 * @module
 */
import type { SearchQuery } from '../../model/query.js'
import type { SearchResult } from '../../model/result.js'
import type { DataVersion } from './data-version.js'

/** Results kept when the engine's options do not say: ~20 hits each, a few MB in all. */
export const DEFAULT_RESULT_CACHE_SIZE = 256

export class ResultCache {
  readonly #version: DataVersion
  readonly #capacity: number
  /** Least recently used first. */
  readonly #results = new Map<string, SearchResult>()
  #cachedAt = ''

  /** @param capacity results kept at most; 0 keeps none, and every search is computed */
  constructor(version: DataVersion, capacity: number = DEFAULT_RESULT_CACHE_SIZE) {
    this.#version = version
    this.#capacity = Math.max(0, Math.floor(capacity))
  }

  /** The cached result of the same query at the current data version, or the one `compute` gives. */
  get(query: SearchQuery, compute: () => SearchResult): SearchResult {
    if (this.#capacity === 0) return compute()
    const now = this.#version.current()
    if (now !== this.#cachedAt) {
      this.#results.clear()
      this.#cachedAt = now
    }
    const key = JSON.stringify(query)
    let result = this.#results.get(key)
    if (result) {
      this.#results.delete(key)
    } else {
      result = compute()
      if (this.#results.size >= this.#capacity)
        this.#results.delete(this.#results.keys().next().value as string)
    }
    this.#results.set(key, result)
    // Callers own what they get: a copy, so that none can change the cached result.
    return structuredClone(result)
  }
}
