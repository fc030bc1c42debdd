/**
 * Constant-time weighted sampling (Vose's alias method). The corpus draws hundreds of millions of words and
 * tens of millions of tags, so a binary search per draw would dominate generation time.
 * @module
 */
import type { Rng } from './prng.js'

export class WeightedTable<T> {
  readonly items: readonly T[]
  readonly #prob: Float64Array
  readonly #alias: Uint32Array

  constructor(items: readonly T[], weights: ArrayLike<number>) {
    const n = items.length
    if (n === 0 || weights.length !== n) throw new RangeError('a weighted table needs one weight per item')
    this.items = items
    this.#prob = new Float64Array(n)
    this.#alias = new Uint32Array(n)
    let total = 0
    for (let i = 0; i < n; i++) total += weights[i] as number
    if (!(total > 0)) throw new RangeError('weights must sum to a positive number')
    const scaled = new Float64Array(n)
    const small: number[] = []
    const large: number[] = []
    for (let i = 0; i < n; i++) {
      scaled[i] = ((weights[i] as number) * n) / total
      ;((scaled[i] as number) < 1 ? small : large).push(i)
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number
      const l = large.pop() as number
      this.#prob[s] = scaled[s] as number
      this.#alias[s] = l
      scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1
      ;((scaled[l] as number) < 1 ? small : large).push(l)
    }
    for (const i of large) this.#prob[i] = 1
    for (const i of small) this.#prob[i] = 1
  }

  get size(): number {
    return this.items.length
  }

  /** The index of one weighted draw. */
  sampleIndex(rng: Rng): number {
    const x = rng.next() * this.items.length
    const i = Math.floor(x)
    return x - i < (this.#prob[i] as number) ? i : (this.#alias[i] as number)
  }

  sample(rng: Rng): T {
    return this.items[this.sampleIndex(rng)] as T
  }

  /**
   * Up to `count` distinct items, most likely the popular ones. Gives up after a bounded number of repeats,
   * so a short list returns fewer items instead of looping.
   */
  sampleDistinct(rng: Rng, count: number, exclude?: ReadonlySet<T>): T[] {
    const chosen = new Set<T>()
    const want = Math.min(count, this.items.length)
    for (let attempts = 0; chosen.size < want && attempts < want * 20 + 20; attempts++) {
      const item = this.sample(rng)
      if (!exclude?.has(item)) chosen.add(item)
    }
    return [...chosen]
  }
}

/** Zipf weights 1/rank^s for ranks 1..n. */
export function zipfWeights(n: number, s: number): Float64Array {
  const weights = new Float64Array(n)
  for (let i = 0; i < n; i++) weights[i] = 1 / (i + 1) ** s
  return weights
}
