/**
 * The works an incremental run holds before it writes them in one transaction, and when it writes.
 *
 * A commit writes out every page the batch changed, and in the indexes whose keys arrive in no order
 * (the tags by kind and name, the works by update time and by kudos) a batch changes pages all over: few
 * while they are small, most of them once the index is large. At 1M metadata-only works a batch of 2,000
 * committed in ~1.4 s where it took ~0.28 s at 30k, so the batch grows with the index, to keep the cost of
 * a commit per work about flat: a hundredth of the works indexed, from `DEFAULT_BATCH_SIZE` up to
 * `LARGEST_BATCH`. Adding 30k works to a 1M index, best of one run each way alternated: batches of 2,000
 * spent 20.4-25.7 s in their transactions, batches of 10,000 8.5-8.9 s.
 *
 * Text bounds a batch too: it is what the text index buffers and the batch holds in memory, so a batch
 * closes at about what 2,000 works of ~11,000 characters hold, however large the index.
 *
 * Larger batches from the first have not shown a faster load. Loading 1M metadata-only works in batches
 * of 20,000 made 50 commits taking 64-79 s, against 261 taking 145-163 s for the growing batches, but the
 * writes before each commit took longer: two pairs of loads took 364 against 453 s and 491 against 513 s,
 * and the benchmark, run once each way, 1,930 against 2,008 works/s, with 0.4-0.5 GB more at peak
 * (1.94-1.98 GB). The text index's segments differ (three large and two small, against one large and five
 * small) without slowing searches: the benchmark's browse and headline queries, alternated on the two files
 * in one process, took 817 and 410 ms in all against 830 and 421.
 * @module
 */
import type { Work } from '@ficdex/core'
import { DEFAULT_BATCH_SIZE } from './index-report.js'

/** The most works a batch grows to. */
export const LARGEST_BATCH = 10_000

/** Characters of text a batch holds at most, chapter titles and bodies. */
export const BATCH_TEXT_CHARS = 24_000_000

/** The batch grows by one work for each this many works indexed. */
const WORKS_PER_BATCH_WORK = 100

export const textChars = (work: Work): number =>
  work.text.reduce((sum, chapter) => sum + chapter.body.length + (chapter.title?.length ?? 0), 0)

export class WriteBatch {
  #works: Work[] = []
  #text = 0
  /** Works in the index before this batch: those stored when the run began and those written since. */
  #indexed: number
  /** Works and characters of text taken so far, for the size of a batch to come. */
  #seenWorks = 0
  #seenText = 0
  readonly #fixedSize: number | undefined

  /**
   * @param indexed works the index holds already
   * @param fixedSize works per batch, whatever the index and the text (`--batch-size`)
   */
  constructor(indexed: number, fixedSize?: number) {
    this.#indexed = indexed
    this.#fixedSize = fixedSize === undefined ? undefined : Math.max(1, fixedSize)
  }

  get size(): number {
    return this.#works.length
  }

  add(work: Work): void {
    const chars = textChars(work)
    this.#works.push(work)
    this.#text += chars
    this.#seenWorks++
    this.#seenText += chars
  }

  /** Whether the batch should be written now. */
  get full(): boolean {
    if (this.#fixedSize !== undefined) return this.#works.length >= this.#fixedSize
    return this.#works.length >= this.#worksBound() || this.#text >= BATCH_TEXT_CHARS
  }

  /** The works to write, leaving the batch empty. */
  take(): Work[] {
    const works = this.#works
    this.#indexed += works.length
    this.#works = []
    this.#text = 0
    return works
  }

  /** About how many works the next batch will hold, by the text of the works so far. */
  expectedSize(): number {
    if (this.#fixedSize !== undefined) return this.#fixedSize
    const textPerWork = this.#seenWorks === 0 ? 0 : this.#seenText / this.#seenWorks
    const byText = textPerWork === 0 ? Number.POSITIVE_INFINITY : Math.ceil(BATCH_TEXT_CHARS / textPerWork)
    return Math.min(this.#worksBound(), byText)
  }

  #worksBound(): number {
    const grown = Math.floor((this.#indexed + this.#works.length) / WORKS_PER_BATCH_WORK)
    return Math.min(LARGEST_BATCH, Math.max(DEFAULT_BATCH_SIZE, grown))
  }
}
