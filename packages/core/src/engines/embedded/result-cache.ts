/**
 * Results of recent searches, kept until the database changes: a search page repeats the same searches
 * (a fandom's listing, a popular tag, the front page) far more often than the works change, and a repeat
 * then costs a copy instead of a search. The works may be changed by any process: every lookup first
 * checks the data version, and any change drops every result.
 *
 * Cached results are handed out shared and deeply frozen, so that no caller can change what the next one
 * gets: copying each one instead took 0.4 ms of a 1.1 ms cached request (20 hits with their tags).
 * @module
 */
import type { SearchQuery } from '../../model/query.js'
import type { SearchResult } from '../../model/result.js'
import { type DataVersion, MapUntilChange } from './data-version.js'

/** Results kept when the engine's options do not say: ~20 hits each, a few MB in all. */
export const DEFAULT_RESULT_CACHE_SIZE = 256

export class ResultCache {
  readonly #capacity: number
  /** Least recently used first. */
  readonly #results: MapUntilChange<string, SearchResult>

  /** @param capacity results kept at most; 0 keeps none, and every search is computed */
  constructor(version: DataVersion, capacity: number = DEFAULT_RESULT_CACHE_SIZE) {
    this.#results = new MapUntilChange(version)
    this.#capacity = Math.max(0, Math.floor(capacity))
  }

  /**
   * The cached result of the same query at the current data version, or the one `compute` gives (then
   * cached); frozen either way unless the cache keeps nothing.
   */
  get(query: SearchQuery, compute: () => SearchResult): SearchResult {
    if (this.#capacity === 0) return compute()
    const results = this.#results.entries()
    const key = JSON.stringify(query)
    let result = results.get(key)
    if (result) {
      results.delete(key)
    } else {
      result = deepFreeze(compute())
      if (results.size >= this.#capacity) results.delete(results.keys().next().value as string)
    }
    results.set(key, result)
    return result
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
