/**
 * The fixed world a synthetic corpus is drawn from: fandoms with heavy-tailed popularity and their casts,
 * freeform tags with their real popularity, authors, and the prose vocabulary. Everything derives from the
 * seed, and the world does not depend on the number of works, so a small corpus is a prefix of a large one.
 * @module
 */
import type { FreeformTags } from './freeform-tags.js'
import { fandomName, personName, userName } from './names.js'
import { Rng } from './prng.js'
import { buildVocabulary, type Vocabulary } from './vocabulary.js'
import { WeightedTable, zipfWeights } from './weighted-table.js'

export const FANDOM_COUNT = 5_000
/** Zipf exponent of fandom sizes: the largest fandom holds a few percent of all works, as on AO3. */
export const FANDOM_ZIPF = 0.95
export const AUTHOR_COUNT = 200_000
export const AUTHOR_ZIPF = 0.5
export const CHARACTER_ZIPF = 1.1

export interface Fandom {
  name: string
  characters: WeightedTable<string>
}

export class World {
  readonly seed: string
  readonly vocabulary: Vocabulary
  readonly freeforms: WeightedTable<string>
  readonly fandoms: WeightedTable<string>
  readonly #authors = new WeightedTable(
    Array.from({ length: AUTHOR_COUNT }, (_, i) => i),
    zipfWeights(AUTHOR_COUNT, AUTHOR_ZIPF),
  )
  readonly #casts = new Map<number, Fandom>()

  constructor(seed: string, freeforms: FreeformTags) {
    this.seed = seed
    this.vocabulary = buildVocabulary(seed)
    this.freeforms = new WeightedTable(freeforms.names, freeforms.counts)
    this.fandoms = new WeightedTable(
      uniqueNames(new Rng(seed, 'fandoms'), FANDOM_COUNT, fandomName),
      zipfWeights(FANDOM_COUNT, FANDOM_ZIPF),
    )
  }

  /** One weighted fandom draw, as its rank (0 = largest). */
  drawFandom(rng: Rng): number {
    return this.fandoms.sampleIndex(rng)
  }

  /** The fandom at `rank` with its cast; big fandoms have big casts. Built on first use. */
  fandom(rank: number): Fandom {
    let fandom = this.#casts.get(rank)
    if (fandom === undefined) {
      const size = 10 + Math.floor(190 / (1 + rank / 10))
      const names = uniqueNames(new Rng(this.seed, 'cast', rank), size, personName)
      fandom = {
        name: this.fandoms.items[rank] as string,
        characters: new WeightedTable(names, zipfWeights(size, CHARACTER_ZIPF)),
      }
      this.#casts.set(rank, fandom)
    }
    return fandom
  }

  /** One weighted author draw, by name. Prolific authors write many works. */
  drawAuthor(rng: Rng): string {
    return userName(new Rng(this.seed, 'author', this.#authors.sampleIndex(rng)))
  }
}

function uniqueNames(rng: Rng, count: number, make: (rng: Rng) => string): string[] {
  const names = new Set<string>()
  while (names.size < count) names.add(make(rng))
  return [...names]
}
