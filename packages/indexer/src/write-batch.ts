/**
 * The works an incremental run holds before it writes them in one transaction, and when it writes.
 *
 * A transaction costs more than its rows: its commit writes out every page it changed (in the indexes
 * whose keys arrive in no order, pages all over once the index is large), and the text index adds one
 * segment per commit, which FTS5 merges sixteen at a time into one of the next level, rewriting them
 * (`automerge` in `schema.ts`): the more commits, the more merging, and the more levels each posting is
 * rewritten at. So a batch holds `LARGEST_BATCH` works from the first, or fewer when their text is long:
 * text is what the text index buffers and the batch holds in memory, so a batch closes at about what
 * 2,000 works of ~11,000 characters hold.
 *
 * Loading 1M metadata-only works in one run (one tagging thread), one run each way: batches growing from
 * 2,000 to 10,000 as the index grew (a hundredth of it) made 261 commits taking 145 s (the largest five,
 * the merges, 37.6, 10.1, 7.4, 6.4 and 5.6 s) and the run 453 s; batches of 10,000 from the first, 100
 * commits, 87.5 s, the run 411 s; of 20,000, 50 commits, 63.9 s, the run 364 s.
 * @module
 */
import type { Work } from '@ficdex/core'

/** The most works a batch holds. */
export const LARGEST_BATCH = 20_000

/** Characters of text a batch holds at most, chapter titles and bodies. */
export const BATCH_TEXT_CHARS = 24_000_000

export const textChars = (work: Work): number =>
  work.text.reduce((sum, chapter) => sum + chapter.body.length + (chapter.title?.length ?? 0), 0)

export class WriteBatch {
  #works: Work[] = []
  #text = 0
  /** Works and characters of text taken so far, for the size of a batch to come. */
  #seenWorks = 0
  #seenText = 0
  readonly #fixedSize: number | undefined

  /** @param fixedSize works per batch, whatever their text (`--batch-size`) */
  constructor(fixedSize?: number) {
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
    return this.#works.length >= LARGEST_BATCH || this.#text >= BATCH_TEXT_CHARS
  }

  /** The works to write, leaving the batch empty. */
  take(): Work[] {
    const works = this.#works
    this.#works = []
    this.#text = 0
    return works
  }

  /** About how many works the next batch will hold, by the text of the works so far. */
  expectedSize(): number {
    if (this.#fixedSize !== undefined) return this.#fixedSize
    const textPerWork = this.#seenWorks === 0 ? 0 : this.#seenText / this.#seenWorks
    const byText = textPerWork === 0 ? Number.POSITIVE_INFINITY : Math.ceil(BATCH_TEXT_CHARS / textPerWork)
    return Math.min(LARGEST_BATCH, byText)
  }
}
