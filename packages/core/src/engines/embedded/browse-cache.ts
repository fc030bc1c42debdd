/**
 * Results of searches without text or filters (a listing page: every visible work, sorted, with facets),
 * kept until the database changes. Such a search reads every work, so it is the slowest one (100k works:
 * ~160 ms with seven facets), and also the one a site's front page repeats most.
 * @module
 */
import type { SearchQuery } from '../../model/query.js'
import type { SearchResult } from '../../model/result.js'
import type { DataVersion } from './data-version.js'

const CAPACITY = 64

/** True when the query narrows nothing: no text, tag, author, language, completion or range filter. */
export function isUnfiltered(query: SearchQuery): boolean {
  const tags = Object.values(query.tags).every((f) => f.all.length + f.any.length + f.exclude.length === 0)
  const ranges = Object.values(query.ranges).every((r) => r.min === undefined && r.max === undefined)
  return (
    query.text === '' &&
    tags &&
    ranges &&
    query.authors.length === 0 &&
    query.languages.length === 0 &&
    query.complete === undefined
  )
}

export class BrowseCache {
  readonly #version: DataVersion
  readonly #results = new Map<string, SearchResult>()
  #cachedAt = ''

  constructor(version: DataVersion) {
    this.#version = version
  }

  /** The cached result of an unfiltered query, or the one `compute` gives (then cached). */
  get(query: SearchQuery, compute: () => SearchResult): SearchResult {
    if (!isUnfiltered(query)) return compute()
    const now = this.#version.current()
    if (now !== this.#cachedAt) {
      this.#results.clear()
      this.#cachedAt = now
    }
    const key = JSON.stringify(query)
    let result = this.#results.get(key)
    if (!result) {
      result = compute()
      if (this.#results.size >= CAPACITY) this.#results.delete(this.#results.keys().next().value as string)
      this.#results.set(key, result)
    }
    // Callers own what they get: a copy, so that none can change the cached result.
    return structuredClone(result)
  }
}
