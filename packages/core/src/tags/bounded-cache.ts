/**
 * A memo table that empties itself when full. Tag names repeat across thousands of works, so caching
 * keys and wrangling results pays off, but a long-running indexer must not grow without bound.
 * @module
 */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>()
  readonly #limit: number

  constructor(limit: number) {
    this.#limit = limit
  }

  get(key: K): V | undefined {
    return this.#entries.get(key)
  }

  set(key: K, value: V): V {
    if (this.#entries.size >= this.#limit) this.#entries.clear()
    this.#entries.set(key, value)
    return value
  }

  clear(): void {
    this.#entries.clear()
  }

  /** The cached value, or the computed one, cached. */
  through(key: K, compute: (key: K) => V): V {
    const cached = this.#entries.get(key)
    return cached !== undefined || this.#entries.has(key) ? (cached as V) : this.set(key, compute(key))
  }
}
